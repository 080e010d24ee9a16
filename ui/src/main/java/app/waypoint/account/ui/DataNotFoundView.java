package app.waypoint.account.ui;

import app.waypoint.base.service.NotFoundException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import jakarta.annotation.security.PermitAll;

/** A service found nothing of the person's while a screen was opening: the same page as an unknown address. */
@ParentLayout(MainLayout.class)
@PermitAll
public class DataNotFoundView extends NotFoundPage implements HasErrorParameter<NotFoundException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        return notFound();
    }
}
