namespace FletActors;

// Flet's page-level content API: it edits the first view, and shows dialogs and snack bars in the overlay.
public sealed partial class Page
{
    // Allocated with the first dialog or snack bar: most pages never show one.
    private List<Control>? shownByPage;
    private AlertDialog? currentDialog;

    /// <summary>The controls of the first view, which is what <see cref="Add"/> and friends edit.</summary>
    /// <exception cref="InvalidOperationException">The page has no views.</exception>
    public ControlList<Control> Controls => FirstView.Controls;

    /// <summary>The app bar of the first view.</summary>
    public AppBar? AppBar
    {
        get => FirstView.AppBar;
        set => FirstView.AppBar = value;
    }

    /// <summary>The floating action button of the first view.</summary>
    public FloatingActionButton? FloatingActionButton
    {
        get => FirstView.FloatingActionButton;
        set => FirstView.FloatingActionButton = value;
    }

    private View FirstView => Views.Count > 0
        ? Views[0]
        : throw new InvalidOperationException(
            $"The page of session {SessionId} has no views; add a View to page.Views before adding controls.");

    /// <summary>Appends controls to the page.</summary>
    public void Add(params Control[] controls)
    {
        ArgumentNullException.ThrowIfNull(controls);
        foreach (var control in controls)
        {
            Controls.Add(control);
        }
    }

    /// <summary>Inserts controls at <paramref name="index"/>, in order.</summary>
    public void Insert(int index, params Control[] controls)
    {
        ArgumentNullException.ThrowIfNull(controls);
        foreach (var control in controls)
        {
            Controls.Insert(index++, control);
        }
    }

    /// <summary>Removes controls from the page; controls not on it are ignored.</summary>
    public void Remove(params Control[] controls)
    {
        ArgumentNullException.ThrowIfNull(controls);
        foreach (var control in controls)
        {
            Controls.Remove(control);
        }
    }

    /// <summary>Removes every control of the first view (its app bar and action button stay).</summary>
    public void Clean() => Controls.Clear();

    /// <summary>
    /// Sends the pending changes of the session now instead of when the turn ends. While the client is behind (its
    /// window of unacknowledged batches is full) they stay pending and leave with the next batch it can take.
    /// </summary>
    public new void Update()
    {
        CheckAccess();
        if (Host.CanSend)
        {
            Flush();
        }
    }

    /// <summary>Shows a dialog: adds it to the overlay when needed and opens it.</summary>
    public void ShowDialog(AlertDialog dialog)
    {
        ArgumentNullException.ThrowIfNull(dialog);
        ShowInOverlay(dialog);
        dialog.Open = true;
        currentDialog = dialog;
    }

    /// <summary>Closes the dialog most recently shown with <see cref="ShowDialog"/>, if it is still open.</summary>
    public void CloseDialog()
    {
        CheckAccess();
        if (currentDialog is { } dialog)
        {
            dialog.Open = false;
            currentDialog = null;
        }
    }

    /// <summary>Shows a snack bar: adds it to the overlay when needed and opens it.</summary>
    public void ShowSnackBar(SnackBar snackBar)
    {
        ArgumentNullException.ThrowIfNull(snackBar);
        ShowInOverlay(snackBar);
        snackBar.Open = true;
    }

    // Dialogs and snack bars the page put into the overlay leave it again once closed and something new is shown,
    // so an app that shows a fresh dialog per click does not grow its overlay without bound.
    private void ShowInOverlay(Control control)
    {
        CheckAccess();
        shownByPage ??= [];
        for (var i = shownByPage.Count - 1; i >= 0; i--)
        {
            var shown = shownByPage[i];
            if (!ReferenceEquals(shown, control) && !IsOpen(shown))
            {
                Overlay.Remove(shown);
                shownByPage.RemoveAt(i);
            }
        }

        if (!Overlay.Contains(control))
        {
            Overlay.Add(control);
            shownByPage.Add(control);
        }
    }

    private static bool IsOpen(Control control) => control switch
    {
        AlertDialog dialog => dialog.Open,
        SnackBar snackBar => snackBar.Open,
        _ => true,
    };
}
