namespace FletActors.Sessions.PubSub;

/// <summary>
/// One message published by session <paramref name="SenderSessionId"/>, on its way to every node that has subscribers
/// of <paramref name="Topic"/>; <paramref name="IncludeSelf"/> false (send-others) skips the sending session only.
/// </summary>
internal sealed record PubSubPublication(PubSubTopic Topic, object Message, string SenderSessionId, bool IncludeSelf);
