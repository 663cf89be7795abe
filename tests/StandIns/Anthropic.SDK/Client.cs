using Anthropic.SDK.Messaging;

namespace Anthropic.SDK
{
    public class APIAuthentication
    {
        public APIAuthentication(string apiKey) => ApiKey = apiKey;

        public string ApiKey { get; set; }
    }

    public class AnthropicClient : IDisposable
    {
        public AnthropicClient(APIAuthentication apiKeys = null, HttpClient client = null)
        {
        }

        public MessagesEndpoint Messages => throw new NotSupportedException("stand-in");

        public void Dispose()
        {
        }
    }
}

namespace Anthropic.SDK.Constants
{
    public static class AnthropicModels
    {
        public const string Claude46Opus = "claude-opus-4-6";

        public const string Claude46Sonnet = "claude-sonnet-4-6";

        public const string Claude4Sonnet = "claude-sonnet-4-20250514";

        public const string Claude45Sonnet = "claude-sonnet-4-5-20250929";

        public const string Claude4Opus = "claude-opus-4-20250514";

        public const string Claude45Haiku = "claude-haiku-4-5-20251001";

        public const string Claude3Haiku = "claude-3-haiku-20240307";
    }
}

namespace Anthropic.SDK.Messaging
{
    public enum RoleType
    {
        User,
        Assistant,
    }

    public class Message
    {
        public Message()
        {
        }

        public Message(RoleType role, string text)
        {
            Role = role;
        }

        public RoleType Role { get; set; }
    }

    public class MessageCountTokenParameters
    {
        public string Model { get; set; }

        public List<Message> Messages { get; set; }

        public decimal? Temperature { get; set; }
    }

    public class MessageParameters : MessageCountTokenParameters
    {
        public int MaxTokens { get; set; }

        public bool? Stream { get; set; }
    }

    public class MessageResponse
    {
        public string Model { get; set; }
    }

    public class MessageCountTokenResponse
    {
        public int InputTokens { get; set; }
    }

    public partial class MessagesEndpoint
    {
        public Task<MessageResponse> GetClaudeMessageAsync(MessageParameters parameters, CancellationToken ctx = default) =>
            throw new NotSupportedException("stand-in");

        public IAsyncEnumerable<MessageResponse> StreamClaudeMessageAsync(MessageParameters parameters, CancellationToken ctx = default) =>
            throw new NotSupportedException("stand-in");

        public Task<MessageCountTokenResponse> CountMessageTokensAsync(MessageCountTokenParameters parameters, CancellationToken ctx = default) =>
            throw new NotSupportedException("stand-in");
    }
}
