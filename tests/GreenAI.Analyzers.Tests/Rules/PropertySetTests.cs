using System.Collections.Immutable;
using GreenAI.Analyzers.Rules;

namespace GreenAI.Analyzers.Tests.Rules;

public class PropertySetTests
{
    private static readonly ImmutableDictionary<string, string?> Estimate =
        ImmutableDictionary<string, string?>.Empty.Add("model", "gpt-4o").Add("energy_wh_min", "0.85");

    [Fact]
    public void Equal_content_on_the_same_base_is_built_once_and_shared()
    {
        var first = Set(Estimate, ("loop_shape", "Forever"), ("max_iterations", "10")).ToImmutable();
        var second = Set(Estimate, ("loop_shape", "Forever"), ("max_iterations", "10")).ToImmutable();

        Assert.Same(first, second);
        Assert.Equal("gpt-4o", first["model"]);
        Assert.Equal("10", first["max_iterations"]);
    }

    [Fact]
    public void Another_value_another_key_order_or_another_base_is_other_content()
    {
        var ten = Set(Estimate, ("loop_shape", "Forever"), ("max_iterations", "10")).ToImmutable();
        var twenty = Set(Estimate, ("loop_shape", "Forever"), ("max_iterations", "20")).ToImmutable();
        var otherBase = Set(Estimate.SetItem("model", "gpt-4.1"), ("loop_shape", "Forever"), ("max_iterations", "10")).ToImmutable();
        var nullValue = Set(null, ("cache_name", null)).ToImmutable();
        var emptyValue = Set(null, ("cache_name", "")).ToImmutable();

        Assert.Equal("20", twenty["max_iterations"]);
        Assert.Equal("10", ten["max_iterations"]);
        Assert.Equal("gpt-4.1", otherBase["model"]);
        Assert.Null(nullValue["cache_name"]);
        Assert.Equal(string.Empty, emptyValue["cache_name"]);
    }

    [Fact]
    public void Positions_are_per_diagnostic_and_leave_the_shared_part_alone()
    {
        var here = Set(Estimate, ("loop_shape", "Forever"));
        here.AddPosition("loop_start", "120");
        var there = Set(Estimate, ("loop_shape", "Forever"));
        there.AddPosition("loop_start", "480");
        var shared = Set(Estimate, ("loop_shape", "Forever")).ToImmutable();

        Assert.Equal("120", here.ToImmutable()["loop_start"]);
        Assert.Equal("480", there.ToImmutable()["loop_start"]);
        Assert.False(shared.ContainsKey("loop_start"));
        Assert.Equal("Forever", here.ToImmutable()["loop_shape"]);
    }

    [Fact]
    public void A_later_value_for_the_same_key_wins_and_many_values_fit()
    {
        var set = new PropertySet();
        for (int i = 0; i < 10; i++)
        {
            set.Add("key" + i, "v" + i);
        }

        set.Add("key3", "last");
        var properties = set.ToImmutable();

        Assert.Equal(10, properties.Count);
        Assert.Equal("last", properties["key3"]);
        Assert.Equal("v9", properties["key9"]);
        Assert.Same(Estimate, new PropertySet(Estimate).ToImmutable());
    }

    private static PropertySet Set(ImmutableDictionary<string, string?>? baseProperties, params (string Key, string? Value)[] content)
    {
        var set = new PropertySet(baseProperties);
        foreach (var (key, value) in content)
        {
            set.Add(key, value);
        }

        return set;
    }
}
