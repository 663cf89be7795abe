using GreenAI.Analyzers.Flow;
using GreenAI.Analyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace GreenAI.Analyzers.Tests.Flow;

public class SingleAssignmentTests
{
    private const string Source = """
        class Bot
        {
            private readonly string _a;
            private readonly string _b;
            private readonly string _twice;
            private readonly string _both = "initial";
            private readonly string _initialised = "only";
            private readonly string _elsewhere;

            public Bot(string name)
            {
                _a = "alpha";
                this._b = "beta" + name;
                _twice = "one";
                _both = "again";
            }

            public Bot() : this("x") { _twice = "two"; }

            string Read() => _a + _b + _twice + _both + _initialised + _elsewhere;
        }
        """;

    [Theory]
    [InlineData("_a", "\"alpha\"")]
    [InlineData("_b", "\"beta\" + name")] // another field of the same type: its constructors are read once for both
    [InlineData("_initialised", "\"only\"")]
    [InlineData("_twice", null)] // assigned in two constructors
    [InlineData("_both", null)] // an initialiser and a constructor
    [InlineData("_elsewhere", null)] // never assigned here
    public void A_readonly_field_has_a_value_when_exactly_one_place_gives_it(string field, string? expected)
    {
        var references = FieldReadsOf(Source);

        var value = SingleAssignment.OfReadonlyField(references[field], CancellationToken.None);

        Assert.Equal(expected, value?.Syntax.ToString());
    }

    private static Dictionary<string, IFieldReferenceOperation> FieldReadsOf(string source)
    {
        return MethodBody.Of(source, "Read").Descendants().OfType<IFieldReferenceOperation>().ToDictionary(f => f.Field.Name);
    }
}
