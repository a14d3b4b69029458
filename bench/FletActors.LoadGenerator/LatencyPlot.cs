using System.Globalization;
using System.Text;
using HdrHistogram;

namespace FletActors.LoadGenerator;

/// <summary>
/// An SVG of latency by percentile in HdrHistogram's usual shape: the x axis spreads the tail (1 / (1 - p), log
/// scale), so p50, p99 and p99.9 sit at equal distances.
/// </summary>
internal static class LatencyPlot
{
    private const double Width = 720;
    private const double Height = 400;
    private const double Left = 70;
    private const double Right = 20;
    private const double Top = 40;
    private const double Bottom = 50;
    private static readonly double[] Marks = [0, 50, 90, 99, 99.9, 99.99];

    public static string Svg(LongHistogram latencyMicros, string title)
    {
        var points = new List<(double Percentile, double Ms)>();
        if (latencyMicros.TotalCount > 0)
        {
            for (var p = 0.0; p < 99.999; p = 100 - ((100 - p) * 0.9))
            {
                points.Add((p, latencyMicros.GetValueAtPercentile(p) / 1000.0));
            }

            points.Add((99.999, latencyMicros.GetValueAtPercentile(99.999) / 1000.0));
        }

        var maxMs = Math.Max(1, points.Count == 0 ? 1 : points.Max(p => p.Ms)) * 1.1;
        var maxX = Math.Log10(1 / (1 - 0.99999));
        double X(double percentile) => Left + (Math.Log10(1 / (1 - (Math.Min(percentile, 99.999) / 100))) / maxX * (Width - Left - Right));
        double Y(double ms) => Height - Bottom - (ms / maxMs * (Height - Top - Bottom));
        static string N(double v) => v.ToString("0.##", CultureInfo.InvariantCulture);

        var svg = new StringBuilder();
        svg.AppendLine(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{N(Width)}\" height=\"{N(Height)}\" font-family=\"sans-serif\" font-size=\"12\">");
        svg.AppendLine(CultureInfo.InvariantCulture, $"<rect width=\"{N(Width)}\" height=\"{N(Height)}\" fill=\"white\"/>");
        svg.AppendLine(CultureInfo.InvariantCulture, $"<text x=\"{N(Width / 2)}\" y=\"22\" text-anchor=\"middle\" font-size=\"14\">{System.Security.SecurityElement.Escape(title)}</text>");
        svg.AppendLine(CultureInfo.InvariantCulture, $"<line x1=\"{N(Left)}\" y1=\"{N(Height - Bottom)}\" x2=\"{N(Width - Right)}\" y2=\"{N(Height - Bottom)}\" stroke=\"black\"/>");
        svg.AppendLine(CultureInfo.InvariantCulture, $"<line x1=\"{N(Left)}\" y1=\"{N(Top)}\" x2=\"{N(Left)}\" y2=\"{N(Height - Bottom)}\" stroke=\"black\"/>");
        foreach (var mark in Marks)
        {
            svg.AppendLine(CultureInfo.InvariantCulture, $"<line x1=\"{N(X(mark))}\" y1=\"{N(Top)}\" x2=\"{N(X(mark))}\" y2=\"{N(Height - Bottom)}\" stroke=\"#ddd\"/>");
            svg.AppendLine(CultureInfo.InvariantCulture, $"<text x=\"{N(X(mark))}\" y=\"{N(Height - Bottom + 18)}\" text-anchor=\"middle\">p{N(mark)}</text>");
        }

        for (var i = 0; i <= 4; i++)
        {
            var ms = maxMs * i / 4;
            svg.AppendLine(CultureInfo.InvariantCulture, $"<text x=\"{N(Left - 6)}\" y=\"{N(Y(ms) + 4)}\" text-anchor=\"end\">{N(ms)}</text>");
        }

        svg.AppendLine(CultureInfo.InvariantCulture, $"<text x=\"16\" y=\"{N(Height / 2)}\" transform=\"rotate(-90 16 {N(Height / 2)})\" text-anchor=\"middle\">milliseconds</text>");
        svg.AppendLine(CultureInfo.InvariantCulture, $"<polyline fill=\"none\" stroke=\"#1f77b4\" stroke-width=\"2\" points=\"{string.Join(' ', points.Select(p => $"{N(X(p.Percentile))},{N(Y(p.Ms))}"))}\"/>");
        svg.AppendLine("</svg>");
        return svg.ToString();
    }
}
