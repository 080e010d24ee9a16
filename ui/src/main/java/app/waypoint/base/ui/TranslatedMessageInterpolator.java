package app.waypoint.base.ui;

import org.hibernate.validator.messageinterpolation.ResourceBundleMessageInterpolator;
import org.hibernate.validator.resourceloading.PlatformResourceBundleLocator;

/**
 * Lets Bean Validation messages such as <code>{account.email.required}</code> come from the same
 * translation bundles as every other text, in the user's language (registered in META-INF/validation.xml,
 * which Vaadin's form binders read).
 */
public class TranslatedMessageInterpolator extends ResourceBundleMessageInterpolator {

    public TranslatedMessageInterpolator() {
        super(new PlatformResourceBundleLocator(TranslationProvider.BUNDLE));
    }
}
