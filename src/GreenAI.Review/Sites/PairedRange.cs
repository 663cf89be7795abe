namespace GreenAI.Review.Sites;

/// <summary>
/// A min–max pair read from a log, and what the diff computes from two of them: min is paired with min and max with max.
/// Not the engine's <see cref="GreenAI.Impact.ValueRange"/>: that one sorts its ends, while a delta or a ratio must keep
/// them paired (a switch that saves more at the high end gives a "min" above its "max"), and an end that cannot be
/// read or computed stays NaN, written as null.
/// </summary>
internal readonly record struct PairedRange(double Min, double Max)
{
    public static PairedRange operator +(PairedRange a, PairedRange b) => new(a.Min + b.Min, a.Max + b.Max);

    public static PairedRange operator -(PairedRange a, PairedRange b) => new(a.Min - b.Min, a.Max - b.Max);

    /// <summary>How many times this range is <paramref name="other"/>, min with min and max with max, as GAI001 gives its ratio.</summary>
    public PairedRange Over(PairedRange other) => new(other.Min == 0 ? double.NaN : Min / other.Min, other.Max == 0 ? double.NaN : Max / other.Max);
}
