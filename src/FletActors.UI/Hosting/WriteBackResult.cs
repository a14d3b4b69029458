namespace FletActors.UI.Hosting;

/// <summary>The outcome of <see cref="Page.ApplyWriteBack"/>; anything but <see cref="Ok"/> changed nothing.</summary>
internal enum WriteBackResult
{
    /// <summary>The value was taken.</summary>
    Ok,

    /// <summary>No control with that id is on the page (it never existed or has been removed).</summary>
    UnknownControl,

    /// <summary>The control does not take that prop from the client.</summary>
    NotWritable,

    /// <summary>The value's kind is not the prop's kind.</summary>
    WrongType,
}
