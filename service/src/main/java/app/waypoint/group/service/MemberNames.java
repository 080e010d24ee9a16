package app.waypoint.group.service;

import app.waypoint.account.domain.Account;
import app.waypoint.account.domain.AccountRepository;
import app.waypoint.group.domain.GroupMember;
import org.springframework.stereotype.Component;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The display names of a group's members, in one statement. */
@Component
class MemberNames {

    private final AccountRepository accounts;

    MemberNames(AccountRepository accounts) {
        this.accounts = accounts;
    }

    Map<Long, String> of(List<GroupMember> members) {
        return ofAccounts(members.stream().map(GroupMember::getAccountId).toList());
    }

    Map<Long, String> ofAccounts(Collection<Long> accountIds) {
        return accounts.findAllById(accountIds).stream()
                .collect(Collectors.toMap(Account::getId, Account::getDisplayName));
    }
}
