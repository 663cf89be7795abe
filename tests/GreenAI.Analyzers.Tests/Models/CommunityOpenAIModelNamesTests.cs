using System.Reflection;
using GreenAI.Analyzers.ModelIds;

namespace GreenAI.Analyzers.Tests.Models;

/// <summary>
/// The engine's table of the community OpenAI package's model members against the real assembly (OpenAI_API 1.11.0,
/// referenced by this test project): every static, get-only <c>Model</c> property returns the id the table gives.
/// </summary>
public class CommunityOpenAIModelNamesTests
{
    [Fact]
    public void The_table_gives_what_each_model_member_returns()
    {
        var modelType = Type.GetType(CommunityOpenAIModelNames.ModelType + ", OpenAI_API", throwOnError: true)!;
        var idProperty = modelType.GetProperty("ModelID")!;
        var members = modelType.GetProperties(BindingFlags.Public | BindingFlags.Static)
            .Where(p => p.PropertyType == modelType && p.SetMethod == null)
            .ToList();

        Assert.True(members.Count >= 20, $"only {members.Count} model members found");
        foreach (var member in members)
        {
            var id = (string?)idProperty.GetValue(member.GetValue(null));
            Assert.Equal((member.Name, id), (member.Name, CommunityOpenAIModelNames.Find(member.Name)));
        }
    }
}
