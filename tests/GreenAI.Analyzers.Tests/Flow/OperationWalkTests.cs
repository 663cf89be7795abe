using GreenAI.Analyzers.Flow;
using GreenAI.Analyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace GreenAI.Analyzers.Tests.Flow;

public class OperationWalkTests
{
    private const string Source = """
        class Bot
        {
            int Run(int[] values, System.Func<int, int> f)
            {
                var sum = 0;
                foreach (var value in values)
                {
                    if (value > 2) { sum += f(value) * 2; } else { sum -= value; }
                    var (a, b) = (value, sum);
                    sum += a + b;
                }

                for (int i = 0; i < 3; i++) { sum = System.Math.Max(sum, i); }
                return values.Select(v => v + sum).Sum();
            }
        }
        """;

    [Fact]
    public void Visits_what_Roslyn_Descendants_visits_in_the_same_order()
    {
        var body = MethodBody.Of(Source);

        Assert.Equal(body.Descendants(), Walk(OperationWalk.Descendants(body)));
        Assert.Equal(body.DescendantsAndSelf(), Walk(OperationWalk.DescendantsAndSelf(body)));
        Assert.True(body.Descendants().Count() > 40); // the sample is not trivially small
    }

    [Fact]
    public void Nested_walks_and_early_exits_do_not_disturb_each_other()
    {
        var body = MethodBody.Of(Source);
        var expected = body.Descendants().Select(outer => outer.DescendantsAndSelf().Count()).ToList();

        var actual = new List<int>();
        foreach (var outer in OperationWalk.Descendants(body))
        {
            foreach (var _ in OperationWalk.Descendants(body))
            {
                break; // a walk left early returns its stack; the next walks must start clean
            }

            actual.Add(Walk(OperationWalk.DescendantsAndSelf(outer)).Count);
        }

        Assert.Equal(expected, actual);
    }

    [Fact]
    public void A_very_deep_tree_is_walked_without_recursion()
    {
        var terms = string.Join(" + ", Enumerable.Range(0, 20_000).Select(i => "x"));
        var body = MethodBody.Of("class C { int M(int x) { return " + terms + "; } }");

        Assert.Equal(body.Descendants().Count(), Walk(OperationWalk.Descendants(body)).Count);
    }

    private static List<IOperation> Walk(OperationWalk.Walk walk)
    {
        var visited = new List<IOperation>();
        foreach (var operation in walk)
        {
            visited.Add(operation);
        }

        return visited;
    }
}
