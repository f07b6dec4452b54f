package jp.yui.ui.support;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.server.StreamResource;

import java.io.ByteArrayInputStream;
import java.util.function.Supplier;

/** Download links whose bytes are produced on click (CSV, PDF), via {@link StreamResource}. */
public final class Downloads {

    private Downloads() {
    }

    public static StreamResource resource(String fileName, String contentType, Supplier<byte[]> bytes) {
        StreamResource resource = new StreamResource(fileName, () -> new ByteArrayInputStream(bytes.get()));
        resource.setContentType(contentType);
        resource.setCacheTime(0);
        return resource;
    }

    public static Anchor link(String id, String text, String fileName, String contentType, Supplier<byte[]> bytes) {
        Anchor anchor = new Anchor(resource(fileName, contentType, bytes), text);
        anchor.getElement().setAttribute("download", true);
        anchor.setId(id);
        return anchor;
    }
}
