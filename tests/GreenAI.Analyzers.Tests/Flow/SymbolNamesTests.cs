using GreenAI.Analyzers.Flow;
using GreenAI.Analyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace GreenAI.Analyzers.Tests.Flow;

public class SymbolNamesTests
{
    private static readonly Compilation Compilation = AnalyzerRunner.Compile("""
        namespace OpenAI.Chat { public class ChatCompletionOptions { public class Nested { } } }
        namespace Other.OpenAI.Chat { public class ChatCompletionOptions { } }
        namespace Chat { public class ChatCompletionOptions { } }
        public class ChatCompletionOptions { }
        namespace OpenAI { public class Chat { public class ChatCompletionOptions { } } }
        """);

    [Theory]
    [InlineData("OpenAI.Chat.ChatCompletionOptions", "OpenAI.Chat.ChatCompletionOptions", true)]
    [InlineData("OpenAI.Chat.ChatCompletionOptions+Nested", "OpenAI.Chat.ChatCompletionOptions.Nested", true)]
    [InlineData("ChatCompletionOptions", "ChatCompletionOptions", true)]
    [InlineData("Other.OpenAI.Chat.ChatCompletionOptions", "OpenAI.Chat.ChatCompletionOptions", false)] // the name as a suffix of a longer one
    [InlineData("Chat.ChatCompletionOptions", "OpenAI.Chat.ChatCompletionOptions", false)] // a suffix of the name
    [InlineData("ChatCompletionOptions", "OpenAI.Chat.ChatCompletionOptions", false)] // the global namespace
    [InlineData("OpenAI.Chat.ChatCompletionOptions", "Chat.ChatCompletionOptions", false)]
    [InlineData("OpenAI.Chat.ChatCompletionOptions", "XOpenAI.Chat.ChatCompletionOptions", false)]
    [InlineData("OpenAI.Chat.ChatCompletionOptions", "AI.Chat.ChatCompletionOptions", false)] // a part cut inside its name
    [InlineData("OpenAI.Chat+ChatCompletionOptions", "OpenAI.Chat.ChatCompletionOptions", true)] // a nested type prints as a namespace would
    [InlineData("OpenAI.Chat.ChatCompletionOptions", "OpenAI.Chat_ChatCompletionOptions", false)] // parts joined by anything but a dot
    public void A_type_has_the_full_name_its_display_string_would_give(string metadataName, string fullName, bool expected)
    {
        var type = Compilation.GetTypeByMetadataName(metadataName)!;

        Assert.Equal(type.ToDisplayString() == fullName, expected); // the contract: same answer as formatting
        Assert.Equal(expected, SymbolNames.HasFullName(type, fullName));
    }

    [Fact]
    public void A_namespace_is_compared_the_same_way()
    {
        var chat = Compilation.GetTypeByMetadataName("OpenAI.Chat.ChatCompletionOptions")!.ContainingNamespace;

        Assert.True(SymbolNames.HasFullName(chat, "OpenAI.Chat"));
        Assert.False(SymbolNames.HasFullName(chat, "Chat"));
        Assert.False(SymbolNames.HasFullName(chat, "OpenAI"));
        Assert.False(SymbolNames.HasFullName(Compilation.GlobalNamespace, ""));
        Assert.False(SymbolNames.HasFullName(null, "OpenAI"));
    }

    [Fact]
    public void One_of_several_names()
    {
        var type = Compilation.GetTypeByMetadataName("OpenAI.Chat.ChatCompletionOptions")!;

        Assert.True(SymbolNames.HasFullNameIn(type, new[] { "System.String", "OpenAI.Chat.ChatCompletionOptions" }));
        Assert.False(SymbolNames.HasFullNameIn(type, new[] { "System.String", "Other.OpenAI.Chat.ChatCompletionOptions" }));
    }
}
