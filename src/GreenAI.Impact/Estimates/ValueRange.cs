using System;
using System.Globalization;

namespace GreenAI.Impact;

/// <summary>A min–max pair, as EcoLogits' RangeValue: arithmetic pairs min with min and max with max.</summary>
public readonly struct ValueRange : IEquatable<ValueRange>
{
    public ValueRange(double min, double max)
    {
        Min = Math.Min(min, max);
        Max = Math.Max(min, max);
    }

    public double Min { get; }

    public double Max { get; }

    public bool IsPoint => Min == Max;

    public static ValueRange Point(double value) => new(value, value);

    public static ValueRange operator *(ValueRange range, double factor) => new(range.Min * factor, range.Max * factor);

    public static ValueRange operator +(ValueRange a, ValueRange b) => new(a.Min + b.Min, a.Max + b.Max);

    public bool Equals(ValueRange other) => Min.Equals(other.Min) && Max.Equals(other.Max);

    public override bool Equals(object? obj) => obj is ValueRange other && Equals(other);

    public override int GetHashCode() => (Min.GetHashCode() * 397) ^ Max.GetHashCode();

    public override string ToString() =>
        IsPoint ? Min.ToString("R", CultureInfo.InvariantCulture)
                : Min.ToString("R", CultureInfo.InvariantCulture) + "–" + Max.ToString("R", CultureInfo.InvariantCulture);
}
