using GreenAI.Review.Sites;
using GreenAI.Impact;

namespace GreenAI.Review.Output;

/// <summary>Numbers as the analyzers print them (three significant digits, invariant culture), in a unit that keeps them short.</summary>
internal static class Numbers
{
    /// <summary>As the analyzers' messages write a number (the engine's <see cref="EstimateText.Number"/>); "?" when there is none.</summary>
    public static string Plain(double value) => double.IsNaN(value) || double.IsInfinity(value) ? "?" : EstimateText.Number(value);

    /// <summary>"≈0.85–1.53 Wh", "≈1.02–4.6 kWh".</summary>
    public static string Energy(PairedRange wh) => Scaled(wh, "Wh", "kWh", "MWh");

    /// <summary>"≈0.39–0.71 gCO2e", "≈1.2–3.4 kgCO2e".</summary>
    public static string Gwp(PairedRange grams) => Scaled(grams, "gCO2e", "kgCO2e", "tCO2e");

    /// <summary>"≈3.68–6.64 mL", "≈1.2–2.5 L".</summary>
    public static string Water(PairedRange millilitres) => Scaled(millilitres, "mL", "L", "m³");

    /// <summary>"≈24–34× less", "≈2–3× more", "same", from head over base.</summary>
    public static string Factor(PairedRange ratio)
    {
        if (double.IsNaN(ratio.Min) || double.IsNaN(ratio.Max))
        {
            return "";
        }

        if (ratio.Max < 1 && ratio.Min < 1)
        {
            return "≈" + Between(1 / ratio.Min, 1 / ratio.Max) + "× less";
        }

        if (ratio.Max > 1 && ratio.Min > 1)
        {
            return "≈" + Between(ratio.Min, ratio.Max) + "× more";
        }

        return "about the same";
    }

    /// <summary>"+0.81 to +1.49 Wh", "−0.81 to −1.49 Wh".</summary>
    public static string Delta(PairedRange wh)
    {
        string Signed(double v) => (v > 0 ? "+" : v < 0 ? "−" : "") + Plain(Math.Abs(v));
        return Math.Abs(wh.Max) >= 1000
            ? $"{Signed(wh.Min / 1000)} to {Signed(wh.Max / 1000)} kWh"
            : $"{Signed(wh.Min)} to {Signed(wh.Max)} Wh";
    }

    /// <summary>"−42 %": the change of a total, by its upper end.</summary>
    public static string Percent(double before, double after)
    {
        if (before <= 0)
        {
            return after > 0 ? "new" : "0 %";
        }

        double change = (after - before) / before * 100;
        return (change > 0 ? "+" : change < 0 ? "−" : "") + Plain(Math.Abs(change)) + " %";
    }

    private static string Scaled(PairedRange range, string unit, string thousand, string million)
    {
        double max = Math.Max(Math.Abs(range.Min), Math.Abs(range.Max));
        return max >= 1e6 ? "≈" + Between(range.Min / 1e6, range.Max / 1e6) + " " + million
            : max >= 1e3 ? "≈" + Between(range.Min / 1e3, range.Max / 1e3) + " " + thousand
            : "≈" + Between(range.Min, range.Max) + " " + unit;
    }

    private static string Between(double a, double b)
    {
        var (low, high) = a <= b ? (a, b) : (b, a);
        string lowText = Plain(low), highText = Plain(high);
        return lowText == highText ? lowText : lowText + "–" + highText;
    }
}
