package jp.yui.command.cooperative;

import jp.yui.command.api.SeasonalJobTerms;

/** A seasonal job as the aggregate knows it: its current terms, and whether it was withdrawn. */
record SeasonalJobState(String id, SeasonalJobTerms terms, boolean withdrawn) {
}
