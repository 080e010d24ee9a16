package app.waypoint.account.ui;

import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import jakarta.annotation.security.PermitAll;

/**
 * A signed-in person opened a screen their role does not allow: the same page as an unknown address, so the
 * screen's existence is not given away.
 */
@ParentLayout(MainLayout.class)
@PermitAll
public class AccessDeniedView extends NotFoundPage implements HasErrorParameter<AccessDeniedException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        return notFound();
    }
}
