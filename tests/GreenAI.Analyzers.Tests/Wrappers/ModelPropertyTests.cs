using GreenAI.Analyzers.Rules;
using GreenAI.Analyzers.Tests.Infrastructure;
using VerifyGai001 = GreenAI.Analyzers.Tests.Infrastructure.Verify<GreenAI.Analyzers.Rules.LargeModelRule>;

namespace GreenAI.Analyzers.Tests.Wrappers;

/// <summary>
/// A model id written to the project's own property whose value reaches a model slot: a settings class's default
/// (<c>public string ChatModel { get; set; } = "gpt-4o";</c>), a job's model set in an object initialiser and copied into
/// the request later (ArgumentumGames/Argumentum, with Betalgo's <c>Models.*</c>). A choice there, with its fix; a
/// property that never reaches a model stays silent.
/// </summary>
public class ModelPropertyTests
{
    [Fact]
    public Task Defaults_and_initialisers_of_properties_that_reach_a_model_are_choices() => VerifyGai001.Diagnostics(new[]
    {
        """
        using OpenAI.Chat;

        public class AiSettings
        {
            public string ChatModel { get; set; } = {|GAI001:"gpt-4o"|};
            public string Title { get; set; } = "gpt-4o";          // printed, never a model
            public string Deployment { get; set; } = "gpt-4o-mini";
        }

        public class Bot(AiSettings settings, string key)
        {
            public string Ask(string q) => new ChatClient(settings.ChatModel, key).CompleteChat(q).Value.Content[0].Text;
            public void Show() => Console.WriteLine(settings.Title);
        }
        """,
        """
        using Microsoft.Extensions.AI;

        public class Prompt
        {
            public string Model { get; set; } = "gpt-4o-mini";
            public ChatOptions Options() => new() { ModelId = Model };
        }

        public class Job
        {
            public string Model { get; set; } = "gpt-4o-mini";
            public Prompt ToPrompt() => new Prompt { Model = Model };
        }

        public static class Jobs
        {
            public static Job Nightly() => new Job { Model = {|GAI001:"gpt-4.1"|} };
            public static Job FromCaller(string model) => new Job { Model = model };

            // A list of models to pick from (testbucket's LlmModels) is no choice; one entry alone is.
            public static readonly Dictionary<string, Job> Catalogue = new()
            {
                ["gpt-5"] = new Job { Model = "gpt-5" },
                ["gpt-4.1"] = new Job { Model = "gpt-4.1" },
            };
            public static readonly Job[] Options = { new Job { Model = "gpt-5" }, new Job { Model = "gpt-4o" } };
            public static readonly List<Job> Menu = new() { new Job { Model = "gpt-5" }, new Job { Model = "gpt-4.1" } };
            public static readonly Job[] Only = { new Job { Model = {|GAI001:"gpt-5"|} } };
        }
        """,
    });

    [Fact]
    public Task A_Betalgo_member_on_the_apps_own_config_is_fixed_in_place() => VerifyFix<LargeModelRule, GreenAI.CodeFixes.UseSmallerModelCodeFixProvider>.Fix("""
        using OpenAI.ObjectModels;
        using OpenAI.ObjectModels.RequestModels;

        public class DatasetJob
        {
            public string Model { get; set; } = {|GAI001:Models.Gpt_4_1106_preview|};
            public ChatCompletionCreateRequest Request() => new() { Model = Model, MaxTokens = 500 };
        }
        """, """
        using OpenAI.ObjectModels;
        using OpenAI.ObjectModels.RequestModels;

        public class DatasetJob
        {
            public string Model { get; set; } = Models.Gpt_4o_mini;
            public ChatCompletionCreateRequest Request() => new() { Model = Model, MaxTokens = 500 };
        }
        """);
}
