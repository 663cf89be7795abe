using GreenAI.Analyzers.Media;
using GreenAI.Analyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace GreenAI.Analyzers.Tests.Media;

public class SdkValueNamesTests
{
    private static readonly Compilation Compilation = AnalyzerRunner.Compile("""
        namespace Mine.Images { public static class GeneratedImageSize { public static readonly string W256xH256 = "tiny"; } }
        namespace Other.OpenAI.Images { public static class GeneratedImageSize { public static readonly string W256xH256 = "tiny"; } }
        namespace Images { public static class GeneratedImageSize { public static readonly string W256xH256 = "tiny"; } }
        public static class GeneratedImageSize { public static readonly string W256xH256 = "tiny"; }
        class Use { }
        """);

    [Fact]
    public void Reads_the_wire_value_of_an_SDK_member_and_names_the_member_of_another_value()
    {
        var size = Member("OpenAI.Images.GeneratedImageSize", "W1792xH1024");

        Assert.Equal("1792x1024", SdkValueNames.ValueOf(size));
        Assert.Equal("W1024xH1024", SdkValueNames.MemberFor(size, "1024x1024"));
        Assert.Equal("hd", SdkValueNames.ValueOf(Member("Betalgo.Ranul.OpenAI.Contracts.Enums.Image.ImageQuality", "Hd")));
    }

    [Theory]
    [InlineData("Mine.Images.GeneratedImageSize")] // same simple name, another namespace
    [InlineData("Other.OpenAI.Images.GeneratedImageSize")] // the SDK's namespace as a suffix of another one
    [InlineData("Images.GeneratedImageSize")] // a suffix of the SDK's namespace
    [InlineData("GeneratedImageSize")] // the global namespace
    public void A_type_of_the_same_name_elsewhere_is_not_the_SDK_type(string type)
    {
        var member = Member(type, "W256xH256");

        Assert.Null(SdkValueNames.ValueOf(member));
        Assert.Null(SdkValueNames.MemberFor(member, "1024x1024"));
    }

    private static ISymbol Member(string type, string name) =>
        Assert.Single(Compilation.GetTypeByMetadataName(type)!.GetMembers(name));
}
