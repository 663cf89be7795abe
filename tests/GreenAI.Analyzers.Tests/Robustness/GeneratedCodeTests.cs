using GreenAI.Analyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis.Testing;
using VerifyGai001 = GreenAI.Analyzers.Tests.Infrastructure.Verify<GreenAI.Analyzers.Rules.LargeModelRule>;

namespace GreenAI.Analyzers.Tests.Robustness;

/// <summary>Generated code is not analysed: [GeneratedCode] types and *.g.cs files are left alone.</summary>
public class GeneratedCodeTests
{
    [Fact]
    public Task GeneratedCode_attribute_and_auto_generated_header_are_left_alone() => VerifyGai001.Diagnostics("""
        [System.CodeDom.Compiler.GeneratedCode("a-generator", "1.0")]
        class GeneratedClient
        {
            void Run(OpenAI.OpenAIClient client) => client.GetChatClient("gpt-4o");
        }

        class Handwritten
        {
            void Run(OpenAI.OpenAIClient client) => client.GetChatClient({|GAI001:"gpt-4o"|});
        }
        """);

    [Fact]
    public async Task A_g_cs_file_is_left_alone()
    {
        var test = new Microsoft.CodeAnalysis.CSharp.Testing.CSharpAnalyzerTest<GreenAI.Analyzers.Testing.SingleRuleAnalyzer<GreenAI.Analyzers.Rules.LargeModelRule>, DefaultVerifier>
        {
            ReferenceAssemblies = TestCompilation.NoReferenceAssemblies,
        };
        TestCompilation.Configure(test.TestState, test.SolutionTransforms);
        test.TestState.AnalyzerConfigFiles.Add(TestCompilation.EditorConfig(VerifyGai001.AllRulesOn));
        test.TestState.Sources.Add(("/0/Client.g.cs", """
            class GeneratedClient { void Run(OpenAI.OpenAIClient client) => client.GetChatClient("gpt-4o"); }
            """));
        await test.RunAsync();
    }
}
