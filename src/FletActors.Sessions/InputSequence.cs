namespace FletActors.Sessions;

/// <summary>
/// The numbering of one session's client inputs (<c>ClientMessage.input_seq</c>): the highest number accepted, the
/// duplicates dropped, and whether the client is owed an <c>InputAck</c>. O(1) whatever the client sends. Not
/// thread-safe by itself: <see cref="SessionManager"/> holds <see cref="Gate"/> around the check and the mailbox
/// Tell, so that the numbers are accepted in the same order as the inputs enter the session's mailbox.
/// </summary>
internal sealed class InputSequence
{
    private bool confirmationOwed;

    /// <summary>Held while an input is checked and handed to the session.</summary>
    public Lock Gate { get; } = new();

    /// <summary>The highest number accepted; 0 before the first numbered input. Read under <see cref="Gate"/>.</summary>
    public ulong Last { get; private set; }

    /// <summary>Numbered inputs dropped because they had already been accepted. Read under <see cref="Gate"/>.</summary>
    public long Duplicates { get; private set; }

    /// <summary>What to do with an input numbered <paramref name="seq"/>.</summary>
    public InputVerdict Check(ulong seq)
    {
        if (seq == 0)
        {
            return InputVerdict.Unnumbered;
        }

        if (seq <= Last)
        {
            Duplicates++;
            return InputVerdict.Duplicate;
        }

        return seq == Last + 1 ? InputVerdict.Next : InputVerdict.Gap;
    }

    /// <summary>
    /// Records that the input numbered <paramref name="seq"/> (the <see cref="InputVerdict.Next"/> one) was taken;
    /// true when the session must be asked to confirm (no confirmation is pending yet).
    /// </summary>
    public bool Accept(ulong seq)
    {
        Last = seq;
        if (confirmationOwed)
        {
            return false;
        }

        confirmationOwed = true;
        return true;
    }

    /// <summary>The number to confirm to the client now; later inputs ask for a confirmation of their own.</summary>
    public ulong TakeConfirmation()
    {
        lock (Gate)
        {
            confirmationOwed = false;
            return Last;
        }
    }

    /// <summary>The highest number accepted, for SessionStarted.</summary>
    public ulong Accepted()
    {
        lock (Gate)
        {
            return Last;
        }
    }
}
