using System.Globalization;

namespace FletActors;

/// <summary>
/// The named colours, as Flet's <c>ft.Colors</c> names them: the theme's colour scheme (<see cref="Primary"/>,
/// <see cref="OnSurfaceVariant"/> ...: they follow light and dark mode), white and black with Flet's opacities, and
/// the Material palettes with their shades 50 to 900 and accents 100, 200, 400 and 700. On the wire each is Flet's own
/// string (<c>onsurfacevariant</c>, <c>deeppurpleaccent200</c>), so any Flet client reads it; this is the set the web
/// client resolves (clients/web/src/render/colors.ts). <see cref="WithOpacity"/> makes any of them translucent.
/// </summary>
public static class Colors
{
    /// <summary>The theme's primary colour; follows light and dark mode.</summary>
    public static Color Primary { get; } = Color.Named("primary");

    /// <summary>The theme's on primary colour; follows light and dark mode.</summary>
    public static Color OnPrimary { get; } = Color.Named("onprimary");

    /// <summary>The theme's primary container colour; follows light and dark mode.</summary>
    public static Color PrimaryContainer { get; } = Color.Named("primarycontainer");

    /// <summary>The theme's on primary container colour; follows light and dark mode.</summary>
    public static Color OnPrimaryContainer { get; } = Color.Named("onprimarycontainer");

    /// <summary>The theme's secondary colour; follows light and dark mode.</summary>
    public static Color Secondary { get; } = Color.Named("secondary");

    /// <summary>The theme's on secondary colour; follows light and dark mode.</summary>
    public static Color OnSecondary { get; } = Color.Named("onsecondary");

    /// <summary>The theme's secondary container colour; follows light and dark mode.</summary>
    public static Color SecondaryContainer { get; } = Color.Named("secondarycontainer");

    /// <summary>The theme's on secondary container colour; follows light and dark mode.</summary>
    public static Color OnSecondaryContainer { get; } = Color.Named("onsecondarycontainer");

    /// <summary>The theme's tertiary colour; follows light and dark mode.</summary>
    public static Color Tertiary { get; } = Color.Named("tertiary");

    /// <summary>The theme's on tertiary colour; follows light and dark mode.</summary>
    public static Color OnTertiary { get; } = Color.Named("ontertiary");

    /// <summary>The theme's error colour; follows light and dark mode.</summary>
    public static Color Error { get; } = Color.Named("error");

    /// <summary>The theme's on error colour; follows light and dark mode.</summary>
    public static Color OnError { get; } = Color.Named("onerror");

    /// <summary>The theme's error container colour; follows light and dark mode.</summary>
    public static Color ErrorContainer { get; } = Color.Named("errorcontainer");

    /// <summary>The theme's on error container colour; follows light and dark mode.</summary>
    public static Color OnErrorContainer { get; } = Color.Named("onerrorcontainer");

    /// <summary>The theme's background colour; follows light and dark mode.</summary>
    public static Color Background { get; } = Color.Named("background");

    /// <summary>The theme's on background colour; follows light and dark mode.</summary>
    public static Color OnBackground { get; } = Color.Named("onbackground");

    /// <summary>The theme's surface colour; follows light and dark mode.</summary>
    public static Color Surface { get; } = Color.Named("surface");

    /// <summary>The theme's on surface colour; follows light and dark mode.</summary>
    public static Color OnSurface { get; } = Color.Named("onsurface");

    /// <summary>The theme's surface variant colour; follows light and dark mode.</summary>
    public static Color SurfaceVariant { get; } = Color.Named("surfacevariant");

    /// <summary>The theme's on surface variant colour; follows light and dark mode.</summary>
    public static Color OnSurfaceVariant { get; } = Color.Named("onsurfacevariant");

    /// <summary>The theme's surface container colour; follows light and dark mode.</summary>
    public static Color SurfaceContainer { get; } = Color.Named("surfacecontainer");

    /// <summary>The theme's surface container highest colour; follows light and dark mode.</summary>
    public static Color SurfaceContainerHighest { get; } = Color.Named("surfaceContainerHighest");

    /// <summary>The theme's outline colour; follows light and dark mode.</summary>
    public static Color Outline { get; } = Color.Named("outline");

    /// <summary>The theme's outline variant colour; follows light and dark mode.</summary>
    public static Color OutlineVariant { get; } = Color.Named("outlinevariant");

    /// <summary>The theme's shadow colour; follows light and dark mode.</summary>
    public static Color Shadow { get; } = Color.Named("shadow");

    /// <summary>The theme's inverse surface colour; follows light and dark mode.</summary>
    public static Color InverseSurface { get; } = Color.Named("inversesurface");

    /// <summary>The theme's on inverse surface colour; follows light and dark mode.</summary>
    public static Color OnInverseSurface { get; } = Color.Named("oninversesurface");

    /// <summary>The theme's inverse primary colour; follows light and dark mode.</summary>
    public static Color InversePrimary { get; } = Color.Named("inverseprimary");

    /// <summary>White.</summary>
    public static Color White { get; } = Color.Named("white");

    /// <summary>Black.</summary>
    public static Color Black { get; } = Color.Named("black");

    /// <summary>No colour at all.</summary>
    public static Color Transparent { get; } = Color.Named("transparent");

    /// <summary>White at 10 % opacity.</summary>
    public static Color White10 { get; } = Color.Named("white10");

    /// <summary>White at 12 % opacity.</summary>
    public static Color White12 { get; } = Color.Named("white12");

    /// <summary>White at 24 % opacity.</summary>
    public static Color White24 { get; } = Color.Named("white24");

    /// <summary>White at 30 % opacity.</summary>
    public static Color White30 { get; } = Color.Named("white30");

    /// <summary>White at 38 % opacity.</summary>
    public static Color White38 { get; } = Color.Named("white38");

    /// <summary>White at 54 % opacity.</summary>
    public static Color White54 { get; } = Color.Named("white54");

    /// <summary>White at 60 % opacity.</summary>
    public static Color White60 { get; } = Color.Named("white60");

    /// <summary>White at 70 % opacity.</summary>
    public static Color White70 { get; } = Color.Named("white70");

    /// <summary>Black at 12 % opacity.</summary>
    public static Color Black12 { get; } = Color.Named("black12");

    /// <summary>Black at 38 % opacity.</summary>
    public static Color Black38 { get; } = Color.Named("black38");

    /// <summary>Black at 45 % opacity.</summary>
    public static Color Black45 { get; } = Color.Named("black45");

    /// <summary>Black at 54 % opacity.</summary>
    public static Color Black54 { get; } = Color.Named("black54");

    /// <summary>Black at 87 % opacity.</summary>
    public static Color Black87 { get; } = Color.Named("black87");

    /// <summary>Material red (shade 500).</summary>
    public static Color Red { get; } = Color.Named("red");

    /// <summary>Material red, shade 50.</summary>
    public static Color Red50 { get; } = Color.Named("red50");

    /// <summary>Material red, shade 100.</summary>
    public static Color Red100 { get; } = Color.Named("red100");

    /// <summary>Material red, shade 200.</summary>
    public static Color Red200 { get; } = Color.Named("red200");

    /// <summary>Material red, shade 300.</summary>
    public static Color Red300 { get; } = Color.Named("red300");

    /// <summary>Material red, shade 400.</summary>
    public static Color Red400 { get; } = Color.Named("red400");

    /// <summary>Material red, shade 500.</summary>
    public static Color Red500 { get; } = Color.Named("red500");

    /// <summary>Material red, shade 600.</summary>
    public static Color Red600 { get; } = Color.Named("red600");

    /// <summary>Material red, shade 700.</summary>
    public static Color Red700 { get; } = Color.Named("red700");

    /// <summary>Material red, shade 800.</summary>
    public static Color Red800 { get; } = Color.Named("red800");

    /// <summary>Material red, shade 900.</summary>
    public static Color Red900 { get; } = Color.Named("red900");

    /// <summary>Material red accent (shade 200).</summary>
    public static Color RedAccent { get; } = Color.Named("redaccent");

    /// <summary>Material red accent, shade 100.</summary>
    public static Color RedAccent100 { get; } = Color.Named("redaccent100");

    /// <summary>Material red accent, shade 200.</summary>
    public static Color RedAccent200 { get; } = Color.Named("redaccent200");

    /// <summary>Material red accent, shade 400.</summary>
    public static Color RedAccent400 { get; } = Color.Named("redaccent400");

    /// <summary>Material red accent, shade 700.</summary>
    public static Color RedAccent700 { get; } = Color.Named("redaccent700");

    /// <summary>Material pink (shade 500).</summary>
    public static Color Pink { get; } = Color.Named("pink");

    /// <summary>Material pink, shade 50.</summary>
    public static Color Pink50 { get; } = Color.Named("pink50");

    /// <summary>Material pink, shade 100.</summary>
    public static Color Pink100 { get; } = Color.Named("pink100");

    /// <summary>Material pink, shade 200.</summary>
    public static Color Pink200 { get; } = Color.Named("pink200");

    /// <summary>Material pink, shade 300.</summary>
    public static Color Pink300 { get; } = Color.Named("pink300");

    /// <summary>Material pink, shade 400.</summary>
    public static Color Pink400 { get; } = Color.Named("pink400");

    /// <summary>Material pink, shade 500.</summary>
    public static Color Pink500 { get; } = Color.Named("pink500");

    /// <summary>Material pink, shade 600.</summary>
    public static Color Pink600 { get; } = Color.Named("pink600");

    /// <summary>Material pink, shade 700.</summary>
    public static Color Pink700 { get; } = Color.Named("pink700");

    /// <summary>Material pink, shade 800.</summary>
    public static Color Pink800 { get; } = Color.Named("pink800");

    /// <summary>Material pink, shade 900.</summary>
    public static Color Pink900 { get; } = Color.Named("pink900");

    /// <summary>Material pink accent (shade 200).</summary>
    public static Color PinkAccent { get; } = Color.Named("pinkaccent");

    /// <summary>Material pink accent, shade 100.</summary>
    public static Color PinkAccent100 { get; } = Color.Named("pinkaccent100");

    /// <summary>Material pink accent, shade 200.</summary>
    public static Color PinkAccent200 { get; } = Color.Named("pinkaccent200");

    /// <summary>Material pink accent, shade 400.</summary>
    public static Color PinkAccent400 { get; } = Color.Named("pinkaccent400");

    /// <summary>Material pink accent, shade 700.</summary>
    public static Color PinkAccent700 { get; } = Color.Named("pinkaccent700");

    /// <summary>Material purple (shade 500).</summary>
    public static Color Purple { get; } = Color.Named("purple");

    /// <summary>Material purple, shade 50.</summary>
    public static Color Purple50 { get; } = Color.Named("purple50");

    /// <summary>Material purple, shade 100.</summary>
    public static Color Purple100 { get; } = Color.Named("purple100");

    /// <summary>Material purple, shade 200.</summary>
    public static Color Purple200 { get; } = Color.Named("purple200");

    /// <summary>Material purple, shade 300.</summary>
    public static Color Purple300 { get; } = Color.Named("purple300");

    /// <summary>Material purple, shade 400.</summary>
    public static Color Purple400 { get; } = Color.Named("purple400");

    /// <summary>Material purple, shade 500.</summary>
    public static Color Purple500 { get; } = Color.Named("purple500");

    /// <summary>Material purple, shade 600.</summary>
    public static Color Purple600 { get; } = Color.Named("purple600");

    /// <summary>Material purple, shade 700.</summary>
    public static Color Purple700 { get; } = Color.Named("purple700");

    /// <summary>Material purple, shade 800.</summary>
    public static Color Purple800 { get; } = Color.Named("purple800");

    /// <summary>Material purple, shade 900.</summary>
    public static Color Purple900 { get; } = Color.Named("purple900");

    /// <summary>Material purple accent (shade 200).</summary>
    public static Color PurpleAccent { get; } = Color.Named("purpleaccent");

    /// <summary>Material purple accent, shade 100.</summary>
    public static Color PurpleAccent100 { get; } = Color.Named("purpleaccent100");

    /// <summary>Material purple accent, shade 200.</summary>
    public static Color PurpleAccent200 { get; } = Color.Named("purpleaccent200");

    /// <summary>Material purple accent, shade 400.</summary>
    public static Color PurpleAccent400 { get; } = Color.Named("purpleaccent400");

    /// <summary>Material purple accent, shade 700.</summary>
    public static Color PurpleAccent700 { get; } = Color.Named("purpleaccent700");

    /// <summary>Material deep purple (shade 500).</summary>
    public static Color DeepPurple { get; } = Color.Named("deeppurple");

    /// <summary>Material deep purple, shade 50.</summary>
    public static Color DeepPurple50 { get; } = Color.Named("deeppurple50");

    /// <summary>Material deep purple, shade 100.</summary>
    public static Color DeepPurple100 { get; } = Color.Named("deeppurple100");

    /// <summary>Material deep purple, shade 200.</summary>
    public static Color DeepPurple200 { get; } = Color.Named("deeppurple200");

    /// <summary>Material deep purple, shade 300.</summary>
    public static Color DeepPurple300 { get; } = Color.Named("deeppurple300");

    /// <summary>Material deep purple, shade 400.</summary>
    public static Color DeepPurple400 { get; } = Color.Named("deeppurple400");

    /// <summary>Material deep purple, shade 500.</summary>
    public static Color DeepPurple500 { get; } = Color.Named("deeppurple500");

    /// <summary>Material deep purple, shade 600.</summary>
    public static Color DeepPurple600 { get; } = Color.Named("deeppurple600");

    /// <summary>Material deep purple, shade 700.</summary>
    public static Color DeepPurple700 { get; } = Color.Named("deeppurple700");

    /// <summary>Material deep purple, shade 800.</summary>
    public static Color DeepPurple800 { get; } = Color.Named("deeppurple800");

    /// <summary>Material deep purple, shade 900.</summary>
    public static Color DeepPurple900 { get; } = Color.Named("deeppurple900");

    /// <summary>Material deep purple accent (shade 200).</summary>
    public static Color DeepPurpleAccent { get; } = Color.Named("deeppurpleaccent");

    /// <summary>Material deep purple accent, shade 100.</summary>
    public static Color DeepPurpleAccent100 { get; } = Color.Named("deeppurpleaccent100");

    /// <summary>Material deep purple accent, shade 200.</summary>
    public static Color DeepPurpleAccent200 { get; } = Color.Named("deeppurpleaccent200");

    /// <summary>Material deep purple accent, shade 400.</summary>
    public static Color DeepPurpleAccent400 { get; } = Color.Named("deeppurpleaccent400");

    /// <summary>Material deep purple accent, shade 700.</summary>
    public static Color DeepPurpleAccent700 { get; } = Color.Named("deeppurpleaccent700");

    /// <summary>Material indigo (shade 500).</summary>
    public static Color Indigo { get; } = Color.Named("indigo");

    /// <summary>Material indigo, shade 50.</summary>
    public static Color Indigo50 { get; } = Color.Named("indigo50");

    /// <summary>Material indigo, shade 100.</summary>
    public static Color Indigo100 { get; } = Color.Named("indigo100");

    /// <summary>Material indigo, shade 200.</summary>
    public static Color Indigo200 { get; } = Color.Named("indigo200");

    /// <summary>Material indigo, shade 300.</summary>
    public static Color Indigo300 { get; } = Color.Named("indigo300");

    /// <summary>Material indigo, shade 400.</summary>
    public static Color Indigo400 { get; } = Color.Named("indigo400");

    /// <summary>Material indigo, shade 500.</summary>
    public static Color Indigo500 { get; } = Color.Named("indigo500");

    /// <summary>Material indigo, shade 600.</summary>
    public static Color Indigo600 { get; } = Color.Named("indigo600");

    /// <summary>Material indigo, shade 700.</summary>
    public static Color Indigo700 { get; } = Color.Named("indigo700");

    /// <summary>Material indigo, shade 800.</summary>
    public static Color Indigo800 { get; } = Color.Named("indigo800");

    /// <summary>Material indigo, shade 900.</summary>
    public static Color Indigo900 { get; } = Color.Named("indigo900");

    /// <summary>Material indigo accent (shade 200).</summary>
    public static Color IndigoAccent { get; } = Color.Named("indigoaccent");

    /// <summary>Material indigo accent, shade 100.</summary>
    public static Color IndigoAccent100 { get; } = Color.Named("indigoaccent100");

    /// <summary>Material indigo accent, shade 200.</summary>
    public static Color IndigoAccent200 { get; } = Color.Named("indigoaccent200");

    /// <summary>Material indigo accent, shade 400.</summary>
    public static Color IndigoAccent400 { get; } = Color.Named("indigoaccent400");

    /// <summary>Material indigo accent, shade 700.</summary>
    public static Color IndigoAccent700 { get; } = Color.Named("indigoaccent700");

    /// <summary>Material blue (shade 500).</summary>
    public static Color Blue { get; } = Color.Named("blue");

    /// <summary>Material blue, shade 50.</summary>
    public static Color Blue50 { get; } = Color.Named("blue50");

    /// <summary>Material blue, shade 100.</summary>
    public static Color Blue100 { get; } = Color.Named("blue100");

    /// <summary>Material blue, shade 200.</summary>
    public static Color Blue200 { get; } = Color.Named("blue200");

    /// <summary>Material blue, shade 300.</summary>
    public static Color Blue300 { get; } = Color.Named("blue300");

    /// <summary>Material blue, shade 400.</summary>
    public static Color Blue400 { get; } = Color.Named("blue400");

    /// <summary>Material blue, shade 500.</summary>
    public static Color Blue500 { get; } = Color.Named("blue500");

    /// <summary>Material blue, shade 600.</summary>
    public static Color Blue600 { get; } = Color.Named("blue600");

    /// <summary>Material blue, shade 700.</summary>
    public static Color Blue700 { get; } = Color.Named("blue700");

    /// <summary>Material blue, shade 800.</summary>
    public static Color Blue800 { get; } = Color.Named("blue800");

    /// <summary>Material blue, shade 900.</summary>
    public static Color Blue900 { get; } = Color.Named("blue900");

    /// <summary>Material blue accent (shade 200).</summary>
    public static Color BlueAccent { get; } = Color.Named("blueaccent");

    /// <summary>Material blue accent, shade 100.</summary>
    public static Color BlueAccent100 { get; } = Color.Named("blueaccent100");

    /// <summary>Material blue accent, shade 200.</summary>
    public static Color BlueAccent200 { get; } = Color.Named("blueaccent200");

    /// <summary>Material blue accent, shade 400.</summary>
    public static Color BlueAccent400 { get; } = Color.Named("blueaccent400");

    /// <summary>Material blue accent, shade 700.</summary>
    public static Color BlueAccent700 { get; } = Color.Named("blueaccent700");

    /// <summary>Material light blue (shade 500).</summary>
    public static Color LightBlue { get; } = Color.Named("lightblue");

    /// <summary>Material light blue, shade 50.</summary>
    public static Color LightBlue50 { get; } = Color.Named("lightblue50");

    /// <summary>Material light blue, shade 100.</summary>
    public static Color LightBlue100 { get; } = Color.Named("lightblue100");

    /// <summary>Material light blue, shade 200.</summary>
    public static Color LightBlue200 { get; } = Color.Named("lightblue200");

    /// <summary>Material light blue, shade 300.</summary>
    public static Color LightBlue300 { get; } = Color.Named("lightblue300");

    /// <summary>Material light blue, shade 400.</summary>
    public static Color LightBlue400 { get; } = Color.Named("lightblue400");

    /// <summary>Material light blue, shade 500.</summary>
    public static Color LightBlue500 { get; } = Color.Named("lightblue500");

    /// <summary>Material light blue, shade 600.</summary>
    public static Color LightBlue600 { get; } = Color.Named("lightblue600");

    /// <summary>Material light blue, shade 700.</summary>
    public static Color LightBlue700 { get; } = Color.Named("lightblue700");

    /// <summary>Material light blue, shade 800.</summary>
    public static Color LightBlue800 { get; } = Color.Named("lightblue800");

    /// <summary>Material light blue, shade 900.</summary>
    public static Color LightBlue900 { get; } = Color.Named("lightblue900");

    /// <summary>Material light blue accent (shade 200).</summary>
    public static Color LightBlueAccent { get; } = Color.Named("lightblueaccent");

    /// <summary>Material light blue accent, shade 100.</summary>
    public static Color LightBlueAccent100 { get; } = Color.Named("lightblueaccent100");

    /// <summary>Material light blue accent, shade 200.</summary>
    public static Color LightBlueAccent200 { get; } = Color.Named("lightblueaccent200");

    /// <summary>Material light blue accent, shade 400.</summary>
    public static Color LightBlueAccent400 { get; } = Color.Named("lightblueaccent400");

    /// <summary>Material light blue accent, shade 700.</summary>
    public static Color LightBlueAccent700 { get; } = Color.Named("lightblueaccent700");

    /// <summary>Material cyan (shade 500).</summary>
    public static Color Cyan { get; } = Color.Named("cyan");

    /// <summary>Material cyan, shade 50.</summary>
    public static Color Cyan50 { get; } = Color.Named("cyan50");

    /// <summary>Material cyan, shade 100.</summary>
    public static Color Cyan100 { get; } = Color.Named("cyan100");

    /// <summary>Material cyan, shade 200.</summary>
    public static Color Cyan200 { get; } = Color.Named("cyan200");

    /// <summary>Material cyan, shade 300.</summary>
    public static Color Cyan300 { get; } = Color.Named("cyan300");

    /// <summary>Material cyan, shade 400.</summary>
    public static Color Cyan400 { get; } = Color.Named("cyan400");

    /// <summary>Material cyan, shade 500.</summary>
    public static Color Cyan500 { get; } = Color.Named("cyan500");

    /// <summary>Material cyan, shade 600.</summary>
    public static Color Cyan600 { get; } = Color.Named("cyan600");

    /// <summary>Material cyan, shade 700.</summary>
    public static Color Cyan700 { get; } = Color.Named("cyan700");

    /// <summary>Material cyan, shade 800.</summary>
    public static Color Cyan800 { get; } = Color.Named("cyan800");

    /// <summary>Material cyan, shade 900.</summary>
    public static Color Cyan900 { get; } = Color.Named("cyan900");

    /// <summary>Material cyan accent (shade 200).</summary>
    public static Color CyanAccent { get; } = Color.Named("cyanaccent");

    /// <summary>Material cyan accent, shade 100.</summary>
    public static Color CyanAccent100 { get; } = Color.Named("cyanaccent100");

    /// <summary>Material cyan accent, shade 200.</summary>
    public static Color CyanAccent200 { get; } = Color.Named("cyanaccent200");

    /// <summary>Material cyan accent, shade 400.</summary>
    public static Color CyanAccent400 { get; } = Color.Named("cyanaccent400");

    /// <summary>Material cyan accent, shade 700.</summary>
    public static Color CyanAccent700 { get; } = Color.Named("cyanaccent700");

    /// <summary>Material teal (shade 500).</summary>
    public static Color Teal { get; } = Color.Named("teal");

    /// <summary>Material teal, shade 50.</summary>
    public static Color Teal50 { get; } = Color.Named("teal50");

    /// <summary>Material teal, shade 100.</summary>
    public static Color Teal100 { get; } = Color.Named("teal100");

    /// <summary>Material teal, shade 200.</summary>
    public static Color Teal200 { get; } = Color.Named("teal200");

    /// <summary>Material teal, shade 300.</summary>
    public static Color Teal300 { get; } = Color.Named("teal300");

    /// <summary>Material teal, shade 400.</summary>
    public static Color Teal400 { get; } = Color.Named("teal400");

    /// <summary>Material teal, shade 500.</summary>
    public static Color Teal500 { get; } = Color.Named("teal500");

    /// <summary>Material teal, shade 600.</summary>
    public static Color Teal600 { get; } = Color.Named("teal600");

    /// <summary>Material teal, shade 700.</summary>
    public static Color Teal700 { get; } = Color.Named("teal700");

    /// <summary>Material teal, shade 800.</summary>
    public static Color Teal800 { get; } = Color.Named("teal800");

    /// <summary>Material teal, shade 900.</summary>
    public static Color Teal900 { get; } = Color.Named("teal900");

    /// <summary>Material teal accent (shade 200).</summary>
    public static Color TealAccent { get; } = Color.Named("tealaccent");

    /// <summary>Material teal accent, shade 100.</summary>
    public static Color TealAccent100 { get; } = Color.Named("tealaccent100");

    /// <summary>Material teal accent, shade 200.</summary>
    public static Color TealAccent200 { get; } = Color.Named("tealaccent200");

    /// <summary>Material teal accent, shade 400.</summary>
    public static Color TealAccent400 { get; } = Color.Named("tealaccent400");

    /// <summary>Material teal accent, shade 700.</summary>
    public static Color TealAccent700 { get; } = Color.Named("tealaccent700");

    /// <summary>Material green (shade 500).</summary>
    public static Color Green { get; } = Color.Named("green");

    /// <summary>Material green, shade 50.</summary>
    public static Color Green50 { get; } = Color.Named("green50");

    /// <summary>Material green, shade 100.</summary>
    public static Color Green100 { get; } = Color.Named("green100");

    /// <summary>Material green, shade 200.</summary>
    public static Color Green200 { get; } = Color.Named("green200");

    /// <summary>Material green, shade 300.</summary>
    public static Color Green300 { get; } = Color.Named("green300");

    /// <summary>Material green, shade 400.</summary>
    public static Color Green400 { get; } = Color.Named("green400");

    /// <summary>Material green, shade 500.</summary>
    public static Color Green500 { get; } = Color.Named("green500");

    /// <summary>Material green, shade 600.</summary>
    public static Color Green600 { get; } = Color.Named("green600");

    /// <summary>Material green, shade 700.</summary>
    public static Color Green700 { get; } = Color.Named("green700");

    /// <summary>Material green, shade 800.</summary>
    public static Color Green800 { get; } = Color.Named("green800");

    /// <summary>Material green, shade 900.</summary>
    public static Color Green900 { get; } = Color.Named("green900");

    /// <summary>Material green accent (shade 200).</summary>
    public static Color GreenAccent { get; } = Color.Named("greenaccent");

    /// <summary>Material green accent, shade 100.</summary>
    public static Color GreenAccent100 { get; } = Color.Named("greenaccent100");

    /// <summary>Material green accent, shade 200.</summary>
    public static Color GreenAccent200 { get; } = Color.Named("greenaccent200");

    /// <summary>Material green accent, shade 400.</summary>
    public static Color GreenAccent400 { get; } = Color.Named("greenaccent400");

    /// <summary>Material green accent, shade 700.</summary>
    public static Color GreenAccent700 { get; } = Color.Named("greenaccent700");

    /// <summary>Material light green (shade 500).</summary>
    public static Color LightGreen { get; } = Color.Named("lightgreen");

    /// <summary>Material light green, shade 50.</summary>
    public static Color LightGreen50 { get; } = Color.Named("lightgreen50");

    /// <summary>Material light green, shade 100.</summary>
    public static Color LightGreen100 { get; } = Color.Named("lightgreen100");

    /// <summary>Material light green, shade 200.</summary>
    public static Color LightGreen200 { get; } = Color.Named("lightgreen200");

    /// <summary>Material light green, shade 300.</summary>
    public static Color LightGreen300 { get; } = Color.Named("lightgreen300");

    /// <summary>Material light green, shade 400.</summary>
    public static Color LightGreen400 { get; } = Color.Named("lightgreen400");

    /// <summary>Material light green, shade 500.</summary>
    public static Color LightGreen500 { get; } = Color.Named("lightgreen500");

    /// <summary>Material light green, shade 600.</summary>
    public static Color LightGreen600 { get; } = Color.Named("lightgreen600");

    /// <summary>Material light green, shade 700.</summary>
    public static Color LightGreen700 { get; } = Color.Named("lightgreen700");

    /// <summary>Material light green, shade 800.</summary>
    public static Color LightGreen800 { get; } = Color.Named("lightgreen800");

    /// <summary>Material light green, shade 900.</summary>
    public static Color LightGreen900 { get; } = Color.Named("lightgreen900");

    /// <summary>Material light green accent (shade 200).</summary>
    public static Color LightGreenAccent { get; } = Color.Named("lightgreenaccent");

    /// <summary>Material light green accent, shade 100.</summary>
    public static Color LightGreenAccent100 { get; } = Color.Named("lightgreenaccent100");

    /// <summary>Material light green accent, shade 200.</summary>
    public static Color LightGreenAccent200 { get; } = Color.Named("lightgreenaccent200");

    /// <summary>Material light green accent, shade 400.</summary>
    public static Color LightGreenAccent400 { get; } = Color.Named("lightgreenaccent400");

    /// <summary>Material light green accent, shade 700.</summary>
    public static Color LightGreenAccent700 { get; } = Color.Named("lightgreenaccent700");

    /// <summary>Material lime (shade 500).</summary>
    public static Color Lime { get; } = Color.Named("lime");

    /// <summary>Material lime, shade 50.</summary>
    public static Color Lime50 { get; } = Color.Named("lime50");

    /// <summary>Material lime, shade 100.</summary>
    public static Color Lime100 { get; } = Color.Named("lime100");

    /// <summary>Material lime, shade 200.</summary>
    public static Color Lime200 { get; } = Color.Named("lime200");

    /// <summary>Material lime, shade 300.</summary>
    public static Color Lime300 { get; } = Color.Named("lime300");

    /// <summary>Material lime, shade 400.</summary>
    public static Color Lime400 { get; } = Color.Named("lime400");

    /// <summary>Material lime, shade 500.</summary>
    public static Color Lime500 { get; } = Color.Named("lime500");

    /// <summary>Material lime, shade 600.</summary>
    public static Color Lime600 { get; } = Color.Named("lime600");

    /// <summary>Material lime, shade 700.</summary>
    public static Color Lime700 { get; } = Color.Named("lime700");

    /// <summary>Material lime, shade 800.</summary>
    public static Color Lime800 { get; } = Color.Named("lime800");

    /// <summary>Material lime, shade 900.</summary>
    public static Color Lime900 { get; } = Color.Named("lime900");

    /// <summary>Material lime accent (shade 200).</summary>
    public static Color LimeAccent { get; } = Color.Named("limeaccent");

    /// <summary>Material lime accent, shade 100.</summary>
    public static Color LimeAccent100 { get; } = Color.Named("limeaccent100");

    /// <summary>Material lime accent, shade 200.</summary>
    public static Color LimeAccent200 { get; } = Color.Named("limeaccent200");

    /// <summary>Material lime accent, shade 400.</summary>
    public static Color LimeAccent400 { get; } = Color.Named("limeaccent400");

    /// <summary>Material lime accent, shade 700.</summary>
    public static Color LimeAccent700 { get; } = Color.Named("limeaccent700");

    /// <summary>Material yellow (shade 500).</summary>
    public static Color Yellow { get; } = Color.Named("yellow");

    /// <summary>Material yellow, shade 50.</summary>
    public static Color Yellow50 { get; } = Color.Named("yellow50");

    /// <summary>Material yellow, shade 100.</summary>
    public static Color Yellow100 { get; } = Color.Named("yellow100");

    /// <summary>Material yellow, shade 200.</summary>
    public static Color Yellow200 { get; } = Color.Named("yellow200");

    /// <summary>Material yellow, shade 300.</summary>
    public static Color Yellow300 { get; } = Color.Named("yellow300");

    /// <summary>Material yellow, shade 400.</summary>
    public static Color Yellow400 { get; } = Color.Named("yellow400");

    /// <summary>Material yellow, shade 500.</summary>
    public static Color Yellow500 { get; } = Color.Named("yellow500");

    /// <summary>Material yellow, shade 600.</summary>
    public static Color Yellow600 { get; } = Color.Named("yellow600");

    /// <summary>Material yellow, shade 700.</summary>
    public static Color Yellow700 { get; } = Color.Named("yellow700");

    /// <summary>Material yellow, shade 800.</summary>
    public static Color Yellow800 { get; } = Color.Named("yellow800");

    /// <summary>Material yellow, shade 900.</summary>
    public static Color Yellow900 { get; } = Color.Named("yellow900");

    /// <summary>Material yellow accent (shade 200).</summary>
    public static Color YellowAccent { get; } = Color.Named("yellowaccent");

    /// <summary>Material yellow accent, shade 100.</summary>
    public static Color YellowAccent100 { get; } = Color.Named("yellowaccent100");

    /// <summary>Material yellow accent, shade 200.</summary>
    public static Color YellowAccent200 { get; } = Color.Named("yellowaccent200");

    /// <summary>Material yellow accent, shade 400.</summary>
    public static Color YellowAccent400 { get; } = Color.Named("yellowaccent400");

    /// <summary>Material yellow accent, shade 700.</summary>
    public static Color YellowAccent700 { get; } = Color.Named("yellowaccent700");

    /// <summary>Material amber (shade 500).</summary>
    public static Color Amber { get; } = Color.Named("amber");

    /// <summary>Material amber, shade 50.</summary>
    public static Color Amber50 { get; } = Color.Named("amber50");

    /// <summary>Material amber, shade 100.</summary>
    public static Color Amber100 { get; } = Color.Named("amber100");

    /// <summary>Material amber, shade 200.</summary>
    public static Color Amber200 { get; } = Color.Named("amber200");

    /// <summary>Material amber, shade 300.</summary>
    public static Color Amber300 { get; } = Color.Named("amber300");

    /// <summary>Material amber, shade 400.</summary>
    public static Color Amber400 { get; } = Color.Named("amber400");

    /// <summary>Material amber, shade 500.</summary>
    public static Color Amber500 { get; } = Color.Named("amber500");

    /// <summary>Material amber, shade 600.</summary>
    public static Color Amber600 { get; } = Color.Named("amber600");

    /// <summary>Material amber, shade 700.</summary>
    public static Color Amber700 { get; } = Color.Named("amber700");

    /// <summary>Material amber, shade 800.</summary>
    public static Color Amber800 { get; } = Color.Named("amber800");

    /// <summary>Material amber, shade 900.</summary>
    public static Color Amber900 { get; } = Color.Named("amber900");

    /// <summary>Material amber accent (shade 200).</summary>
    public static Color AmberAccent { get; } = Color.Named("amberaccent");

    /// <summary>Material amber accent, shade 100.</summary>
    public static Color AmberAccent100 { get; } = Color.Named("amberaccent100");

    /// <summary>Material amber accent, shade 200.</summary>
    public static Color AmberAccent200 { get; } = Color.Named("amberaccent200");

    /// <summary>Material amber accent, shade 400.</summary>
    public static Color AmberAccent400 { get; } = Color.Named("amberaccent400");

    /// <summary>Material amber accent, shade 700.</summary>
    public static Color AmberAccent700 { get; } = Color.Named("amberaccent700");

    /// <summary>Material orange (shade 500).</summary>
    public static Color Orange { get; } = Color.Named("orange");

    /// <summary>Material orange, shade 50.</summary>
    public static Color Orange50 { get; } = Color.Named("orange50");

    /// <summary>Material orange, shade 100.</summary>
    public static Color Orange100 { get; } = Color.Named("orange100");

    /// <summary>Material orange, shade 200.</summary>
    public static Color Orange200 { get; } = Color.Named("orange200");

    /// <summary>Material orange, shade 300.</summary>
    public static Color Orange300 { get; } = Color.Named("orange300");

    /// <summary>Material orange, shade 400.</summary>
    public static Color Orange400 { get; } = Color.Named("orange400");

    /// <summary>Material orange, shade 500.</summary>
    public static Color Orange500 { get; } = Color.Named("orange500");

    /// <summary>Material orange, shade 600.</summary>
    public static Color Orange600 { get; } = Color.Named("orange600");

    /// <summary>Material orange, shade 700.</summary>
    public static Color Orange700 { get; } = Color.Named("orange700");

    /// <summary>Material orange, shade 800.</summary>
    public static Color Orange800 { get; } = Color.Named("orange800");

    /// <summary>Material orange, shade 900.</summary>
    public static Color Orange900 { get; } = Color.Named("orange900");

    /// <summary>Material orange accent (shade 200).</summary>
    public static Color OrangeAccent { get; } = Color.Named("orangeaccent");

    /// <summary>Material orange accent, shade 100.</summary>
    public static Color OrangeAccent100 { get; } = Color.Named("orangeaccent100");

    /// <summary>Material orange accent, shade 200.</summary>
    public static Color OrangeAccent200 { get; } = Color.Named("orangeaccent200");

    /// <summary>Material orange accent, shade 400.</summary>
    public static Color OrangeAccent400 { get; } = Color.Named("orangeaccent400");

    /// <summary>Material orange accent, shade 700.</summary>
    public static Color OrangeAccent700 { get; } = Color.Named("orangeaccent700");

    /// <summary>Material deep orange (shade 500).</summary>
    public static Color DeepOrange { get; } = Color.Named("deeporange");

    /// <summary>Material deep orange, shade 50.</summary>
    public static Color DeepOrange50 { get; } = Color.Named("deeporange50");

    /// <summary>Material deep orange, shade 100.</summary>
    public static Color DeepOrange100 { get; } = Color.Named("deeporange100");

    /// <summary>Material deep orange, shade 200.</summary>
    public static Color DeepOrange200 { get; } = Color.Named("deeporange200");

    /// <summary>Material deep orange, shade 300.</summary>
    public static Color DeepOrange300 { get; } = Color.Named("deeporange300");

    /// <summary>Material deep orange, shade 400.</summary>
    public static Color DeepOrange400 { get; } = Color.Named("deeporange400");

    /// <summary>Material deep orange, shade 500.</summary>
    public static Color DeepOrange500 { get; } = Color.Named("deeporange500");

    /// <summary>Material deep orange, shade 600.</summary>
    public static Color DeepOrange600 { get; } = Color.Named("deeporange600");

    /// <summary>Material deep orange, shade 700.</summary>
    public static Color DeepOrange700 { get; } = Color.Named("deeporange700");

    /// <summary>Material deep orange, shade 800.</summary>
    public static Color DeepOrange800 { get; } = Color.Named("deeporange800");

    /// <summary>Material deep orange, shade 900.</summary>
    public static Color DeepOrange900 { get; } = Color.Named("deeporange900");

    /// <summary>Material deep orange accent (shade 200).</summary>
    public static Color DeepOrangeAccent { get; } = Color.Named("deeporangeaccent");

    /// <summary>Material deep orange accent, shade 100.</summary>
    public static Color DeepOrangeAccent100 { get; } = Color.Named("deeporangeaccent100");

    /// <summary>Material deep orange accent, shade 200.</summary>
    public static Color DeepOrangeAccent200 { get; } = Color.Named("deeporangeaccent200");

    /// <summary>Material deep orange accent, shade 400.</summary>
    public static Color DeepOrangeAccent400 { get; } = Color.Named("deeporangeaccent400");

    /// <summary>Material deep orange accent, shade 700.</summary>
    public static Color DeepOrangeAccent700 { get; } = Color.Named("deeporangeaccent700");

    /// <summary>Material brown (shade 500).</summary>
    public static Color Brown { get; } = Color.Named("brown");

    /// <summary>Material brown, shade 50.</summary>
    public static Color Brown50 { get; } = Color.Named("brown50");

    /// <summary>Material brown, shade 100.</summary>
    public static Color Brown100 { get; } = Color.Named("brown100");

    /// <summary>Material brown, shade 200.</summary>
    public static Color Brown200 { get; } = Color.Named("brown200");

    /// <summary>Material brown, shade 300.</summary>
    public static Color Brown300 { get; } = Color.Named("brown300");

    /// <summary>Material brown, shade 400.</summary>
    public static Color Brown400 { get; } = Color.Named("brown400");

    /// <summary>Material brown, shade 500.</summary>
    public static Color Brown500 { get; } = Color.Named("brown500");

    /// <summary>Material brown, shade 600.</summary>
    public static Color Brown600 { get; } = Color.Named("brown600");

    /// <summary>Material brown, shade 700.</summary>
    public static Color Brown700 { get; } = Color.Named("brown700");

    /// <summary>Material brown, shade 800.</summary>
    public static Color Brown800 { get; } = Color.Named("brown800");

    /// <summary>Material brown, shade 900.</summary>
    public static Color Brown900 { get; } = Color.Named("brown900");

    /// <summary>Material grey (shade 500).</summary>
    public static Color Grey { get; } = Color.Named("grey");

    /// <summary>Material grey, shade 50.</summary>
    public static Color Grey50 { get; } = Color.Named("grey50");

    /// <summary>Material grey, shade 100.</summary>
    public static Color Grey100 { get; } = Color.Named("grey100");

    /// <summary>Material grey, shade 200.</summary>
    public static Color Grey200 { get; } = Color.Named("grey200");

    /// <summary>Material grey, shade 300.</summary>
    public static Color Grey300 { get; } = Color.Named("grey300");

    /// <summary>Material grey, shade 400.</summary>
    public static Color Grey400 { get; } = Color.Named("grey400");

    /// <summary>Material grey, shade 500.</summary>
    public static Color Grey500 { get; } = Color.Named("grey500");

    /// <summary>Material grey, shade 600.</summary>
    public static Color Grey600 { get; } = Color.Named("grey600");

    /// <summary>Material grey, shade 700.</summary>
    public static Color Grey700 { get; } = Color.Named("grey700");

    /// <summary>Material grey, shade 800.</summary>
    public static Color Grey800 { get; } = Color.Named("grey800");

    /// <summary>Material grey, shade 900.</summary>
    public static Color Grey900 { get; } = Color.Named("grey900");

    /// <summary>Material blue grey (shade 500).</summary>
    public static Color BlueGrey { get; } = Color.Named("bluegrey");

    /// <summary>Material blue grey, shade 50.</summary>
    public static Color BlueGrey50 { get; } = Color.Named("bluegrey50");

    /// <summary>Material blue grey, shade 100.</summary>
    public static Color BlueGrey100 { get; } = Color.Named("bluegrey100");

    /// <summary>Material blue grey, shade 200.</summary>
    public static Color BlueGrey200 { get; } = Color.Named("bluegrey200");

    /// <summary>Material blue grey, shade 300.</summary>
    public static Color BlueGrey300 { get; } = Color.Named("bluegrey300");

    /// <summary>Material blue grey, shade 400.</summary>
    public static Color BlueGrey400 { get; } = Color.Named("bluegrey400");

    /// <summary>Material blue grey, shade 500.</summary>
    public static Color BlueGrey500 { get; } = Color.Named("bluegrey500");

    /// <summary>Material blue grey, shade 600.</summary>
    public static Color BlueGrey600 { get; } = Color.Named("bluegrey600");

    /// <summary>Material blue grey, shade 700.</summary>
    public static Color BlueGrey700 { get; } = Color.Named("bluegrey700");

    /// <summary>Material blue grey, shade 800.</summary>
    public static Color BlueGrey800 { get; } = Color.Named("bluegrey800");

    /// <summary>Material blue grey, shade 900.</summary>
    public static Color BlueGrey900 { get; } = Color.Named("bluegrey900");

    /// <summary>
    /// <paramref name="color"/> at <paramref name="opacity"/> (0 transparent to 1 opaque), as Flet's
    /// <c>Colors.with_opacity(opacity, color)</c> writes it.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The opacity is not between 0 and 1.</exception>
    public static Color WithOpacity(double opacity, Color color)
    {
        if (!(opacity is >= 0 and <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(opacity), opacity, "An opacity runs from 0 (transparent) to 1 (opaque).");
        }

        return Color.Named(string.Create(CultureInfo.InvariantCulture, $"{color.Value},{opacity}"));
    }
}
