using GreenAI.Review.Cli;

// Numbers are printed with the invariant culture whatever the machine's (InvariantGlobalization in the project, and here).
System.Globalization.CultureInfo.CurrentCulture = System.Globalization.CultureInfo.InvariantCulture;
Console.OutputEncoding = System.Text.Encoding.UTF8;
return ReviewCommandLine.Run(args, Console.Out, Console.Error);
