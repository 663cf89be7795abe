using System.Collections.Immutable;
using GreenAI.Analyzers;
using GreenAI.Analyzers.Reporting;
using GreenAI.Analyzers.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace GreenAI.Analyzers.Tests.Reporting;

public class PropertySetTests
{
    /// <summary>The property sets of one compilation.</summary>
    private static readonly PropertySet.Cache Compilation = new();

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
    public void Another_compilation_builds_its_own()
    {
        var first = Set(Estimate, ("loop_shape", "Forever"), ("max_iterations", "10")).ToImmutable();
        var other = Set(new PropertySet.Cache(), Estimate, ("loop_shape", "Forever"), ("max_iterations", "10")).ToImmutable();

        Assert.NotSame(first, other);
        Assert.Equal(first, other);
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
    public void Places_a_fix_edits_are_additional_locations_and_leave_the_properties_shared()
    {
        var tree = CSharpSyntaxTree.ParseText("class C { void M() { while (true) { } for (;;) { } } }");
        var loops = tree.GetRoot().DescendantNodes().OfType<StatementSyntax>().Where(s => s is WhileStatementSyntax or ForStatementSyntax).ToArray();
        var here = Set(Estimate, ("loop_shape", "Forever"));
        here.AddLocation("loop_location", loops[0].GetLocation());
        var there = Set(Estimate, ("loop_shape", "Forever"));
        there.AddLocation("loop_location", loops[1].GetLocation());

        var first = Report(here, loops[0]);
        var second = Report(there, loops[1]);

        Assert.Same(first.Properties, second.Properties);
        Assert.Equal("0", first.Properties["loop_location"]);
        Assert.Equal(loops[0].Span, PropertySet.LocationOf(first, "loop_location")!.SourceSpan);
        Assert.Equal(loops[1].Span, PropertySet.LocationOf(second, "loop_location")!.SourceSpan);
        Assert.Null(PropertySet.LocationOf(first, "loop_shape")); // not an index
        Assert.Null(PropertySet.LocationOf(first, "missing"));
        Assert.Null(PropertySet.LocationOf(Diagnostic.Create(Descriptor, Location.None, first.Properties), "loop_location")); // no additional locations
    }

    [Fact]
    public void Several_places_get_their_own_indexes()
    {
        var tree = CSharpSyntaxTree.ParseText("class C { int a = 1; int b = 2; }");
        var literals = tree.GetRoot().DescendantNodes().OfType<LiteralExpressionSyntax>().ToArray();
        var set = new PropertySet(Compilation);
        set.AddLocation("replace.size.location", literals[0].GetLocation());
        set.AddLocation("replace.quality.location", literals[1].GetLocation());

        var diagnostic = Report(set, literals[0]);

        Assert.Equal("1", diagnostic.Properties["replace.quality.location"]);
        Assert.Equal(literals[1].Span, PropertySet.LocationOf(diagnostic, "replace.quality.location")!.SourceSpan);
        Assert.Equal(literals[0].Span, PropertySet.LocationOf(diagnostic, "replace.size.location")!.SourceSpan);

        var many = new PropertySet(Compilation);
        for (int i = 0; i < 6; i++)
        {
            many.AddLocation("place" + i, literals[i % 2].GetLocation());
        }

        Assert.Equal(literals[1].Span, PropertySet.LocationOf(Report(many, literals[0]), "place5")!.SourceSpan);
    }

    [Fact]
    public void A_later_value_for_the_same_key_wins_and_many_values_fit()
    {
        var set = new PropertySet(Compilation);
        for (int i = 0; i < 10; i++)
        {
            set.Add("key" + i, "v" + i);
        }

        set.Add("key3", "last");
        var properties = set.ToImmutable();

        Assert.Equal(10, properties.Count);
        Assert.Equal("last", properties["key3"]);
        Assert.Equal("v9", properties["key9"]);
        Assert.Same(Estimate, new PropertySet(Compilation, Estimate).ToImmutable());
    }

    private static readonly DiagnosticDescriptor Descriptor = GreenAI.Analyzers.Rules.UnboundedLoopRule.Descriptor;

    private static Diagnostic Report(PropertySet set, SyntaxNode at) =>
        Diagnostic.Create(Descriptor, at.GetLocation(), set.Locations, set.ToImmutable());

    private static PropertySet Set(ImmutableDictionary<string, string?>? baseProperties, params (string Key, string? Value)[] content) =>
        Set(null, baseProperties, content);

    private static PropertySet Set(PropertySet.Cache? compilation, ImmutableDictionary<string, string?>? baseProperties, params (string Key, string? Value)[] content)
    {
        var set = new PropertySet(compilation ?? Compilation, baseProperties);
        foreach (var (key, value) in content)
        {
            set.Add(key, value);
        }

        return set;
    }
}
