/**
 * Test-only Axon fixtures. Deliberately outside {@code jp.yui} so the application's component scan does not pick
 * them up; tests that need them {@code @Import} them.
 */
package testfixture.axon;
