using VerifyGai002 = GreenAI.Analyzers.Tests.Infrastructure.Verify<GreenAI.Analyzers.Rules.UnboundedLoopRule>;
using VerifyGai003 = GreenAI.Analyzers.Tests.Infrastructure.Verify<GreenAI.Analyzers.Rules.CallPerItemRule>;

namespace GreenAI.Analyzers.Tests.Rules;

/// <summary>
/// Semantic Kernel functions made from a prompt, invoked per item (AzureAISearchExample's title per paragraph,
/// AiGeneratedCodeDocs' documentation per section): a model call whatever invokes them; a native function invoked the
/// same way is not.
/// </summary>
public class PromptFunctionTests
{
    [Fact]
    public Task Functions_made_from_a_prompt_are_model_calls_per_item() => VerifyGai003.Diagnostics("""
        using Microsoft.SemanticKernel;

        class Titles
        {
            private readonly KernelFunction _summarize;

            public Titles(Kernel kernel) => _summarize = kernel.CreateFunctionFromPrompt("Summarise {{$input}}");

            async Task Run(Kernel kernel, List<string> paragraphs, string folder)
            {
                var titleGen = kernel.CreateFunctionFromPrompt("Generate a title for {{$text}}");
                var plugin = kernel.ImportPluginFromPromptDirectory(folder);
                var native = KernelFunctionFactory.CreateFromMethod((string text) => text.ToUpperInvariant());
                foreach (var paragraph in paragraphs)
                {
                    await titleGen.{|GAI003:InvokeAsync|}(kernel, new KernelArguments { ["text"] = paragraph });
                    await kernel.{|GAI003:InvokeAsync|}(plugin["Documentation"], new KernelArguments { ["code"] = paragraph });
                    await kernel.{|GAI003:InvokeAsync|}(_summarize, new KernelArguments { ["input"] = paragraph });
                    await native.InvokeAsync(kernel, new KernelArguments { ["text"] = paragraph });
                }

                await titleGen.InvokeAsync(kernel, new KernelArguments { ["text"] = folder }); // once
            }
        }
        """);

    [Fact]
    public async Task The_message_says_how_the_function_was_made()
    {
        var diagnostic = Assert.Single(await VerifyGai003.Run("""
            using Microsoft.SemanticKernel;

            class Docs(Kernel kernel)
            {
                private readonly KernelFunction _write = KernelFunctionFactory.CreateFromPrompt("Document {{$code}}");

                async Task Run(string[] sections)
                {
                    foreach (var section in sections) await WriteAsync(section);
                }

                private Task<FunctionResult> WriteAsync(string section) => kernel.InvokeAsync(_write, new KernelArguments { ["code"] = section });
            }
            """));
        Assert.StartsWith("Docs.WriteAsync → Kernel.InvokeAsync (a function made by CreateFromPrompt) runs once per item of sections", diagnostic.GetMessage(), StringComparison.Ordinal);
    }

    [Fact]
    public Task A_prompt_function_in_a_loop_nothing_bounds_is_GAI002() => VerifyGai002.Diagnostics("""
        using Microsoft.SemanticKernel;

        class Agent
        {
            async Task Run(Kernel kernel)
            {
                var step = kernel.CreateFunctionFromPrompt("Next step?");
                while (true)
                {
                    var result = await kernel.{|GAI002:InvokeAsync|}(step);
                    if (result.ToString() == "done") break;
                }
            }
        }
        """);
}
