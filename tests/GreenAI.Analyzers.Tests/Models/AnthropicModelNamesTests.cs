using System.Text.RegularExpressions;
using GreenAI.Analyzers.ModelIds;
using GreenAI.Impact.Models;
using GreenAI.Analyzers.Tests.Infrastructure;

namespace GreenAI.Analyzers.Tests.Models;

public class AnthropicModelNamesTests
{
    /// <summary>Every member of Anthropic 13.14.0's Model enum, read by running the SDK's own JSON converter.</summary>
    [Fact]
    public void Naming_rule_gives_the_wire_string_of_every_member_the_sdk_ships()
    {
        var lines = File.ReadAllLines(TestData.PathOf("values-Anthropic-13.14.0.txt"));
        int checkedMembers = 0;
        foreach (var line in lines)
        {
            var m = Regex.Match(line, @"^\w+\.(\w+) = ""([^""]+)""");
            if (!m.Success)
            {
                continue;
            }

            Assert.Equal(m.Groups[2].Value, AnthropicModelNames.ToWireName(m.Groups[1].Value));
            checkedMembers++;
        }

        Assert.True(checkedMembers >= 30, "expected the whole enum, read " + checkedMembers);
    }
}
