package app.waypoint.account.service;

import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

import java.util.function.Supplier;

/**
 * Keeps the signed-in account's profile for the rest of the request that read it. One page asks for it from
 * the layout, the view and several services (for the language, the time zone, the name); one read serves them
 * all. Outside a request (a background task, a scheduled job) nothing is kept, and any change to the account
 * forgets what was kept.
 */
final class ProfileOfThisRequest {

    private static final String ATTRIBUTE = ProfileOfThisRequest.class.getName();

    private ProfileOfThisRequest() {
    }

    static AccountProfile of(long accountId, Supplier<AccountProfile> read) {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request == null) {
            return read.get();
        }
        if (request.getAttribute(ATTRIBUTE, RequestAttributes.SCOPE_REQUEST) instanceof Kept kept
                && kept.accountId() == accountId) {
            return kept.profile();
        }
        AccountProfile profile = read.get();
        request.setAttribute(ATTRIBUTE, new Kept(accountId, profile), RequestAttributes.SCOPE_REQUEST);
        return profile;
    }

    static void forget() {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request != null) {
            request.removeAttribute(ATTRIBUTE, RequestAttributes.SCOPE_REQUEST);
        }
    }

    private record Kept(long accountId, AccountProfile profile) {
    }
}
