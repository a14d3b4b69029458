namespace FletActors.Web.Tests.Support;

/// <summary>One request a <see cref="RoundRobinHttpProxy"/> forwarded, and the backend (by index) that answered it.</summary>
public sealed record ProxiedRequest(string Method, string Path, int Backend);
