package app.waypoint.account.ui;

import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import jakarta.annotation.security.PermitAll;

/**
 * An address no screen answers to, or one a screen refused because the group, project or roadmap in it does
 * not exist or is not the person's to see. Anonymous visitors are sent to log in first, like everywhere else.
 */
@ParentLayout(MainLayout.class)
@PermitAll
public class RouteNotFoundView extends NotFoundPage implements HasErrorParameter<NotFoundException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        return notFound();
    }
}
