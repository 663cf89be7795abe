using System.Buffers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace GreenAI.Review.Output;

/// <summary>
/// Indented JSON written to a <see cref="TextWriter"/> one element at a time: each element is built as a small node,
/// written, and its text handed on, so the whole document never sits in memory. The text is what
/// <c>JsonNode.ToJsonString</c> with <c>WriteIndented</c> gives for the same document.
/// </summary>
internal sealed class StreamedJson : IDisposable
{
    private readonly TextWriter _output;
    private readonly ArrayBufferWriter<byte> _buffer = new(1 << 16);

    public StreamedJson(TextWriter output)
    {
        _output = output;
        Writer = new Utf8JsonWriter(_buffer, new JsonWriterOptions { Indented = true });
    }

    public Utf8JsonWriter Writer { get; }

    public void Write(string name, JsonNode? value)
    {
        Writer.WritePropertyName(name);
        if (value == null)
        {
            Writer.WriteNullValue();
        }
        else
        {
            value.WriteTo(Writer);
        }

        Pass();
    }

    public void WriteArray<T>(string name, IEnumerable<T> items, Func<T, JsonNode?> element)
    {
        Writer.WriteStartArray(name);
        foreach (var item in items)
        {
            if (element(item) is { } node)
            {
                node.WriteTo(Writer);
            }
            else
            {
                Writer.WriteNullValue();
            }

            Pass();
        }

        Writer.WriteEndArray();
    }

    public void Dispose()
    {
        Pass();
        Writer.Dispose();
        _output.WriteLine();
    }

    /// <summary>Hands what is written so far on to the output.</summary>
    private void Pass()
    {
        Writer.Flush();
        _output.Write(Encoding.UTF8.GetString(_buffer.WrittenSpan));
        _buffer.ResetWrittenCount();
    }
}
