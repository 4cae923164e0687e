package org.mentorhub.webinar;

import java.util.Set;

/** A permission carried in a join token's {@code context.features}; only moderators get any. */
public enum MeetingFeature {
  LIVESTREAMING("livestreaming"),
  RECORDING("recording"),
  TRANSCRIPTION("transcription"),
  SIP_INBOUND_CALL("sip-inbound-call"),
  SIP_OUTBOUND_CALL("sip-outbound-call"),
  INBOUND_CALL("inbound-call"),
  OUTBOUND_CALL("outbound-call"),
  FILE_UPLOAD("file-upload"),
  LIST_VISITORS("list-visitors"),
  SEND_GROUPCHAT("send-groupchat"),
  CREATE_POLLS("create-polls");

  /**
   * What a moderator gets unless the client builder says otherwise: the features a webinar host
   * uses, leaving out the telephony ones because JaaS bills those per minute.
   */
  public static final Set<MeetingFeature> DEFAULT_MODERATOR_FEATURES =
      Set.of(RECORDING, LIVESTREAMING, TRANSCRIPTION, SEND_GROUPCHAT, CREATE_POLLS);

  private final String claimName;

  MeetingFeature(String claimName) {
    this.claimName = claimName;
  }

  /** The key used for this feature inside {@code context.features}. */
  public String claimName() {
    return claimName;
  }
}
