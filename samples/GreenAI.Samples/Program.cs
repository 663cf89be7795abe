// The sample app: each class is realistic use of one AI SDK. Building the project shows the GreenAI diagnostics;
// running it needs API keys and is not required for the demonstration.
using GreenAI.Samples;

if (args.Length == 0)
{
    Console.WriteLine("Build this project to see the GreenAI.Analyzers estimates: dotnet build samples/GreenAI.Samples");
    Console.WriteLine("Run it with an API key in OPENAI_API_KEY and the argument 'ask' to call a model.");
    return;
}

var apiKey = Environment.GetEnvironmentVariable("OPENAI_API_KEY") ?? throw new InvalidOperationException("OPENAI_API_KEY is not set");
var bot = new SupportBot(new OpenAI.OpenAIClient(apiKey));
Console.WriteLine(await bot.AnswerAsync(string.Join(' ', args.Skip(1))));
