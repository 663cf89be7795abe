namespace GreenAI.Review.Sites;

/// <summary>A min–max range, as every estimate is given.</summary>
internal readonly record struct Range(double Min, double Max)
{
    public static Range operator +(Range a, Range b) => new(a.Min + b.Min, a.Max + b.Max);

    public static Range operator -(Range a, Range b) => new(a.Min - b.Min, a.Max - b.Max);

    /// <summary>How many times this range is <paramref name="other"/>, min with min and max with max, as GAI001 gives its ratio.</summary>
    public Range Over(Range other) => new(other.Min == 0 ? double.NaN : Min / other.Min, other.Max == 0 ? double.NaN : Max / other.Max);
}
