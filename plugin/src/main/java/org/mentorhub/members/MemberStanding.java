package org.mentorhub.members;

import java.util.List;

/**
 * What other features know about a member's standing (warnings, suspensions), shown on their own
 * {@code /me}. Moderation implements it, so members need not depend on moderation.
 */
public interface MemberStanding {
  List<MeView.SanctionView> sanctions(String memberId);
}
