namespace FletActors;

/// <summary>
/// Material icons, as Flet's <c>ft.Icons</c> names them: every icon the web client draws inline
/// (clients/web/src/render/icons.ts), each also in Flet's outlined, rounded and sharp styles (the web client draws
/// those with the same shape). Name any other Material icon with <see cref="IconName(string)"/>; the web client shows
/// an icon it does not draw as its first letter.
/// </summary>
public static class Icons
{
    /// <summary>The "add" icon.</summary>
    public static IconName Add { get; } = new("add");

    /// <summary>The "add" icon (outlined).</summary>
    public static IconName AddOutlined { get; } = new("add_outlined");

    /// <summary>The "add" icon (rounded).</summary>
    public static IconName AddRounded { get; } = new("add_rounded");

    /// <summary>The "add" icon (sharp).</summary>
    public static IconName AddSharp { get; } = new("add_sharp");

    /// <summary>The "remove" icon.</summary>
    public static IconName Remove { get; } = new("remove");

    /// <summary>The "remove" icon (outlined).</summary>
    public static IconName RemoveOutlined { get; } = new("remove_outlined");

    /// <summary>The "remove" icon (rounded).</summary>
    public static IconName RemoveRounded { get; } = new("remove_rounded");

    /// <summary>The "remove" icon (sharp).</summary>
    public static IconName RemoveSharp { get; } = new("remove_sharp");

    /// <summary>The "delete" icon.</summary>
    public static IconName Delete { get; } = new("delete");

    /// <summary>The "delete" icon (outlined).</summary>
    public static IconName DeleteOutlined { get; } = new("delete_outlined");

    /// <summary>The "delete" icon (rounded).</summary>
    public static IconName DeleteRounded { get; } = new("delete_rounded");

    /// <summary>The "delete" icon (sharp).</summary>
    public static IconName DeleteSharp { get; } = new("delete_sharp");

    /// <summary>The "edit" icon.</summary>
    public static IconName Edit { get; } = new("edit");

    /// <summary>The "edit" icon (outlined).</summary>
    public static IconName EditOutlined { get; } = new("edit_outlined");

    /// <summary>The "edit" icon (rounded).</summary>
    public static IconName EditRounded { get; } = new("edit_rounded");

    /// <summary>The "edit" icon (sharp).</summary>
    public static IconName EditSharp { get; } = new("edit_sharp");

    /// <summary>The "check" icon.</summary>
    public static IconName Check { get; } = new("check");

    /// <summary>The "check" icon (outlined).</summary>
    public static IconName CheckOutlined { get; } = new("check_outlined");

    /// <summary>The "check" icon (rounded).</summary>
    public static IconName CheckRounded { get; } = new("check_rounded");

    /// <summary>The "check" icon (sharp).</summary>
    public static IconName CheckSharp { get; } = new("check_sharp");

    /// <summary>The "close" icon.</summary>
    public static IconName Close { get; } = new("close");

    /// <summary>The "close" icon (outlined).</summary>
    public static IconName CloseOutlined { get; } = new("close_outlined");

    /// <summary>The "close" icon (rounded).</summary>
    public static IconName CloseRounded { get; } = new("close_rounded");

    /// <summary>The "close" icon (sharp).</summary>
    public static IconName CloseSharp { get; } = new("close_sharp");

    /// <summary>The "clear" icon.</summary>
    public static IconName Clear { get; } = new("clear");

    /// <summary>The "clear" icon (outlined).</summary>
    public static IconName ClearOutlined { get; } = new("clear_outlined");

    /// <summary>The "clear" icon (rounded).</summary>
    public static IconName ClearRounded { get; } = new("clear_rounded");

    /// <summary>The "clear" icon (sharp).</summary>
    public static IconName ClearSharp { get; } = new("clear_sharp");

    /// <summary>The "menu" icon.</summary>
    public static IconName Menu { get; } = new("menu");

    /// <summary>The "menu" icon (outlined).</summary>
    public static IconName MenuOutlined { get; } = new("menu_outlined");

    /// <summary>The "menu" icon (rounded).</summary>
    public static IconName MenuRounded { get; } = new("menu_rounded");

    /// <summary>The "menu" icon (sharp).</summary>
    public static IconName MenuSharp { get; } = new("menu_sharp");

    /// <summary>The "arrow back" icon.</summary>
    public static IconName ArrowBack { get; } = new("arrow_back");

    /// <summary>The "arrow back" icon (outlined).</summary>
    public static IconName ArrowBackOutlined { get; } = new("arrow_back_outlined");

    /// <summary>The "arrow back" icon (rounded).</summary>
    public static IconName ArrowBackRounded { get; } = new("arrow_back_rounded");

    /// <summary>The "arrow back" icon (sharp).</summary>
    public static IconName ArrowBackSharp { get; } = new("arrow_back_sharp");

    /// <summary>The "arrow forward" icon.</summary>
    public static IconName ArrowForward { get; } = new("arrow_forward");

    /// <summary>The "arrow forward" icon (outlined).</summary>
    public static IconName ArrowForwardOutlined { get; } = new("arrow_forward_outlined");

    /// <summary>The "arrow forward" icon (rounded).</summary>
    public static IconName ArrowForwardRounded { get; } = new("arrow_forward_rounded");

    /// <summary>The "arrow forward" icon (sharp).</summary>
    public static IconName ArrowForwardSharp { get; } = new("arrow_forward_sharp");

    /// <summary>The "favorite" icon.</summary>
    public static IconName Favorite { get; } = new("favorite");

    /// <summary>The "favorite" icon (outlined).</summary>
    public static IconName FavoriteOutlined { get; } = new("favorite_outlined");

    /// <summary>The "favorite" icon (rounded).</summary>
    public static IconName FavoriteRounded { get; } = new("favorite_rounded");

    /// <summary>The "favorite" icon (sharp).</summary>
    public static IconName FavoriteSharp { get; } = new("favorite_sharp");

    /// <summary>The "favorite border" icon.</summary>
    public static IconName FavoriteBorder { get; } = new("favorite_border");

    /// <summary>The "favorite border" icon (outlined).</summary>
    public static IconName FavoriteBorderOutlined { get; } = new("favorite_border_outlined");

    /// <summary>The "favorite border" icon (rounded).</summary>
    public static IconName FavoriteBorderRounded { get; } = new("favorite_border_rounded");

    /// <summary>The "favorite border" icon (sharp).</summary>
    public static IconName FavoriteBorderSharp { get; } = new("favorite_border_sharp");

    /// <summary>The "home" icon.</summary>
    public static IconName Home { get; } = new("home");

    /// <summary>The "home" icon (outlined).</summary>
    public static IconName HomeOutlined { get; } = new("home_outlined");

    /// <summary>The "home" icon (rounded).</summary>
    public static IconName HomeRounded { get; } = new("home_rounded");

    /// <summary>The "home" icon (sharp).</summary>
    public static IconName HomeSharp { get; } = new("home_sharp");

    /// <summary>The "settings" icon.</summary>
    public static IconName Settings { get; } = new("settings");

    /// <summary>The "settings" icon (outlined).</summary>
    public static IconName SettingsOutlined { get; } = new("settings_outlined");

    /// <summary>The "settings" icon (rounded).</summary>
    public static IconName SettingsRounded { get; } = new("settings_rounded");

    /// <summary>The "settings" icon (sharp).</summary>
    public static IconName SettingsSharp { get; } = new("settings_sharp");

    /// <summary>The "send" icon.</summary>
    public static IconName Send { get; } = new("send");

    /// <summary>The "send" icon (outlined).</summary>
    public static IconName SendOutlined { get; } = new("send_outlined");

    /// <summary>The "send" icon (rounded).</summary>
    public static IconName SendRounded { get; } = new("send_rounded");

    /// <summary>The "send" icon (sharp).</summary>
    public static IconName SendSharp { get; } = new("send_sharp");

    /// <summary>The "search" icon.</summary>
    public static IconName Search { get; } = new("search");

    /// <summary>The "search" icon (outlined).</summary>
    public static IconName SearchOutlined { get; } = new("search_outlined");

    /// <summary>The "search" icon (rounded).</summary>
    public static IconName SearchRounded { get; } = new("search_rounded");

    /// <summary>The "search" icon (sharp).</summary>
    public static IconName SearchSharp { get; } = new("search_sharp");

    /// <summary>The "star" icon.</summary>
    public static IconName Star { get; } = new("star");

    /// <summary>The "star" icon (outlined).</summary>
    public static IconName StarOutlined { get; } = new("star_outlined");

    /// <summary>The "star" icon (rounded).</summary>
    public static IconName StarRounded { get; } = new("star_rounded");

    /// <summary>The "star" icon (sharp).</summary>
    public static IconName StarSharp { get; } = new("star_sharp");

    /// <summary>The "star border" icon.</summary>
    public static IconName StarBorder { get; } = new("star_border");

    /// <summary>The "star border" icon (outlined).</summary>
    public static IconName StarBorderOutlined { get; } = new("star_border_outlined");

    /// <summary>The "star border" icon (rounded).</summary>
    public static IconName StarBorderRounded { get; } = new("star_border_rounded");

    /// <summary>The "star border" icon (sharp).</summary>
    public static IconName StarBorderSharp { get; } = new("star_border_sharp");

    /// <summary>The "refresh" icon.</summary>
    public static IconName Refresh { get; } = new("refresh");

    /// <summary>The "refresh" icon (outlined).</summary>
    public static IconName RefreshOutlined { get; } = new("refresh_outlined");

    /// <summary>The "refresh" icon (rounded).</summary>
    public static IconName RefreshRounded { get; } = new("refresh_rounded");

    /// <summary>The "refresh" icon (sharp).</summary>
    public static IconName RefreshSharp { get; } = new("refresh_sharp");

    /// <summary>The "play arrow" icon.</summary>
    public static IconName PlayArrow { get; } = new("play_arrow");

    /// <summary>The "play arrow" icon (outlined).</summary>
    public static IconName PlayArrowOutlined { get; } = new("play_arrow_outlined");

    /// <summary>The "play arrow" icon (rounded).</summary>
    public static IconName PlayArrowRounded { get; } = new("play_arrow_rounded");

    /// <summary>The "play arrow" icon (sharp).</summary>
    public static IconName PlayArrowSharp { get; } = new("play_arrow_sharp");

    /// <summary>The "pause" icon.</summary>
    public static IconName Pause { get; } = new("pause");

    /// <summary>The "pause" icon (outlined).</summary>
    public static IconName PauseOutlined { get; } = new("pause_outlined");

    /// <summary>The "pause" icon (rounded).</summary>
    public static IconName PauseRounded { get; } = new("pause_rounded");

    /// <summary>The "pause" icon (sharp).</summary>
    public static IconName PauseSharp { get; } = new("pause_sharp");

    /// <summary>The "chat" icon.</summary>
    public static IconName Chat { get; } = new("chat");

    /// <summary>The "chat" icon (outlined).</summary>
    public static IconName ChatOutlined { get; } = new("chat_outlined");

    /// <summary>The "chat" icon (rounded).</summary>
    public static IconName ChatRounded { get; } = new("chat_rounded");

    /// <summary>The "chat" icon (sharp).</summary>
    public static IconName ChatSharp { get; } = new("chat_sharp");

    /// <summary>The "person" icon.</summary>
    public static IconName Person { get; } = new("person");

    /// <summary>The "person" icon (outlined).</summary>
    public static IconName PersonOutlined { get; } = new("person_outlined");

    /// <summary>The "person" icon (rounded).</summary>
    public static IconName PersonRounded { get; } = new("person_rounded");

    /// <summary>The "person" icon (sharp).</summary>
    public static IconName PersonSharp { get; } = new("person_sharp");

    /// <summary>The "info" icon.</summary>
    public static IconName Info { get; } = new("info");

    /// <summary>The "info" icon (outlined).</summary>
    public static IconName InfoOutlined { get; } = new("info_outlined");

    /// <summary>The "info" icon (rounded).</summary>
    public static IconName InfoRounded { get; } = new("info_rounded");

    /// <summary>The "info" icon (sharp).</summary>
    public static IconName InfoSharp { get; } = new("info_sharp");

    /// <summary>The "visibility" icon.</summary>
    public static IconName Visibility { get; } = new("visibility");

    /// <summary>The "visibility" icon (outlined).</summary>
    public static IconName VisibilityOutlined { get; } = new("visibility_outlined");

    /// <summary>The "visibility" icon (rounded).</summary>
    public static IconName VisibilityRounded { get; } = new("visibility_rounded");

    /// <summary>The "visibility" icon (sharp).</summary>
    public static IconName VisibilitySharp { get; } = new("visibility_sharp");

    /// <summary>The "visibility off" icon.</summary>
    public static IconName VisibilityOff { get; } = new("visibility_off");

    /// <summary>The "visibility off" icon (outlined).</summary>
    public static IconName VisibilityOffOutlined { get; } = new("visibility_off_outlined");

    /// <summary>The "visibility off" icon (rounded).</summary>
    public static IconName VisibilityOffRounded { get; } = new("visibility_off_rounded");

    /// <summary>The "visibility off" icon (sharp).</summary>
    public static IconName VisibilityOffSharp { get; } = new("visibility_off_sharp");

    /// <summary>The "expand more" icon.</summary>
    public static IconName ExpandMore { get; } = new("expand_more");

    /// <summary>The "expand more" icon (outlined).</summary>
    public static IconName ExpandMoreOutlined { get; } = new("expand_more_outlined");

    /// <summary>The "expand more" icon (rounded).</summary>
    public static IconName ExpandMoreRounded { get; } = new("expand_more_rounded");

    /// <summary>The "expand more" icon (sharp).</summary>
    public static IconName ExpandMoreSharp { get; } = new("expand_more_sharp");
}
