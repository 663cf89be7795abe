namespace OpenAI.ObjectModels
{
    /// <summary>Model names: static properties computed at run time (no compile-time constant), and the Model enum.</summary>
    public static class Models
    {
        public enum Model
        {
            TextEmbeddingV3Small,
            Gpt_3_5_Turbo,
            Gpt_4,
            Gpt_4_1106_preview,
            Gpt_4_0125_preview,
            Gpt_4_turbo,
            Gpt_4o,
            Gpt_4o_mini,
            Dall_e_2,
            Dall_e_3,
        }

        public static string Gpt_3_5_Turbo => "gpt-3.5-turbo";

        public static string Gpt_3_5_Turbo_1106 => "gpt-3.5-turbo-1106";

        public static string Gpt_4 => "gpt-4";

        public static string Gpt_4_1106_preview => "gpt-4-1106-preview";

        public static string Gpt_4_0125_preview => "gpt-4-0125-preview";

        public static string Gpt_4_turbo => "gpt-4-turbo";

        public static string Gpt_4o => "gpt-4o";

        public static string Gpt_4o_mini => "gpt-4o-mini";

        public static string Dall_e_2 => "dall-e-2";

        public static string Dall_e_3 => "dall-e-3";

        public static string EnumToString(this Model model) => throw new NotSupportedException("stand-in");
    }

    public static class StaticValues
    {
        public static class ImageStatics
        {
            public static class Size
            {
                public static string Size256 => "256x256";

                public static string Size1024 => "1024x1024";
            }
        }
    }
}

namespace OpenAI.ObjectModels.RequestModels
{
    public class ChatMessage
    {
        public ChatMessage(string role, string content)
        {
            Role = role;
            Content = content;
        }

        public string Role { get; set; }

        public string? Content { get; set; }

        public static ChatMessage FromUser(string content) => new("user", content);
    }

    public class ChatCompletionCreateRequest
    {
        public IList<ChatMessage> Messages { get; set; } = new List<ChatMessage>();

        public int? MaxTokens { get; set; }

        public int? MaxCompletionTokens { get; set; }

        public string? Model { get; set; }

        public float? Temperature { get; set; }
    }

    public class CompletionCreateRequest
    {
        public string? Prompt { get; set; }

        public int? MaxTokens { get; set; }

        public string? Model { get; set; }
    }

    public class EmbeddingCreateRequest
    {
        public string? Input { get; set; }

        public string? Model { get; set; }
    }

    public record SharedImageRequestBaseModel
    {
        public int? N { get; set; }

        public string? Size { get; set; }

        public string? ResponseFormat { get; set; }

        public string? Model { get; set; }
    }

    public record ImageCreateRequest : SharedImageRequestBaseModel
    {
        public ImageCreateRequest()
        {
        }

        public ImageCreateRequest(string prompt) => Prompt = prompt;

        public string Prompt { get; set; } = "";

        public string? Quality { get; set; }

        public string? Style { get; set; }
    }

    public record ImageEditCreateRequest : SharedImageRequestBaseModel
    {
        public string Prompt { get; set; } = "";
    }

    public record ImageVariationCreateRequest : SharedImageRequestBaseModel;

    public class RunCreateRequest
    {
        public string AssistantId { get; set; } = "";

        public string? Model { get; set; }
    }

    public class SubmitToolOutputsToRunRequest
    {
    }

    public class AssistantCreateRequest
    {
        public string Model { get; set; } = "";
    }

    public class AssistantModifyRequest
    {
        public string Model { get; set; } = "";
    }
}

namespace OpenAI.ObjectModels.ResponseModels
{
    public class ChatCompletionCreateResponse
    {
        public bool Successful { get; set; }
    }

    public class CompletionCreateResponse
    {
    }

    public class EmbeddingCreateResponse
    {
    }

    public class ImageCreateResponse
    {
    }

    public class RunResponse
    {
        public string Status { get; set; } = "";
    }
}
