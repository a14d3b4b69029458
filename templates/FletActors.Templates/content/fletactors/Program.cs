using System.Globalization;
using FletActors;

// main(page) runs once for every client that opens the app, on that client's own session; the session runs its
// handlers one at a time, so `count` needs no lock. Changes a handler makes are sent to the client when it returns.
FletApp.Run(page =>
{
    page.Title = "MyApp";
    var count = 0;
    var number = new Text("0");

    void Step(int delta)
    {
        count += delta;
        number.Value = count.ToString(CultureInfo.InvariantCulture);
    }

    page.Add(new Row(
        new ElevatedButton("-") { OnClick = _ => Step(-1) },
        number,
        new ElevatedButton("+") { OnClick = _ => Step(+1) }));
}, args);
