using System.Buffers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace GreenAI.Review.Output;

/// <summary>
/// Indented JSON written to a <see cref="TextWriter"/> one element at a time: each element is serialised, and its text
/// handed on, so the whole document never sits in memory.
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

    public void Write<T>(string name, T value, JsonTypeInfo<T> type)
    {
        Writer.WritePropertyName(name);
        JsonSerializer.Serialize(Writer, value, type);
        Pass();
    }

    public void WriteArray<T>(string name, IEnumerable<T> items, JsonTypeInfo<T> type)
    {
        Writer.WriteStartArray(name);
        foreach (var item in items)
        {
            JsonSerializer.Serialize(Writer, item, type);
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
