using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace GreenAI.Review.Sarif;

/// <summary>
/// Reads a result's <c>customProperties</c> as text pairs straight from the JSON: strings as written, numbers in their
/// shortest round-trip form, booleans as true/false; objects, arrays and nulls are skipped (no rule writes them).
/// </summary>
internal sealed class CustomPropertiesConverter : JsonConverter<List<KeyValuePair<string, string>>>
{
    public override List<KeyValuePair<string, string>>? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException("customProperties is not an object");
        }

        var pairs = new List<KeyValuePair<string, string>>();
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            string key = reader.GetString()!;
            reader.Read();
            string? text = reader.TokenType switch
            {
                JsonTokenType.String => reader.GetString(),
                JsonTokenType.Number => reader.GetDouble().ToString("R", CultureInfo.InvariantCulture),
                JsonTokenType.True => "true",
                JsonTokenType.False => "false",
                _ => null,
            };
            if (text == null)
            {
                // The serializer hands a converter its whole value, but on a reader that is not the final block: Skip
                // refuses such a reader, TrySkip does not.
                reader.TrySkip();
            }
            else
            {
                pairs.Add(new KeyValuePair<string, string>(key, text));
            }
        }

        return pairs;
    }

    public override void Write(Utf8JsonWriter writer, List<KeyValuePair<string, string>> value, JsonSerializerOptions options) =>
        throw new NotSupportedException("the review tool reads logs; it does not write them");
}
