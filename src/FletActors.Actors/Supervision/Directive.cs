namespace FletActors.Actors;

/// <summary>What a supervisor does with a failed child. The failing message is dropped in every case.</summary>
public enum Directive
{
    /// <summary>Keep the instance and its state; go on with the next message.</summary>
    Resume,

    /// <summary>Replace the instance with a fresh one from Props; the mailbox is kept.</summary>
    Restart,

    /// <summary>Stop the child.</summary>
    Stop,

    /// <summary>Fail the supervisor itself with the same exception, for its own parent to decide.</summary>
    Escalate,
}
