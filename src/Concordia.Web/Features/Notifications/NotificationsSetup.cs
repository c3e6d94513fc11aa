namespace Concordia.Web.Features.Notifications;

public static class NotificationsSetup
{
    /// <summary>E-mail (SMTP or a pickup folder), the deadline reminders and their background service.</summary>
    public static WebApplicationBuilder AddConcordiaNotifications(this WebApplicationBuilder builder)
    {
        var email = builder.Configuration.GetSection(EmailOptions.Section).Get<EmailOptions>() ?? new EmailOptions();
        var reminders = builder.Configuration.GetSection(ReminderOptions.Section).Get<ReminderOptions>() ?? new ReminderOptions();
        builder.Services.AddSingleton(email);
        builder.Services.AddSingleton(reminders);
        builder.Services.AddSingleton<EmailSender>();
        if (reminders.Enabled)
        {
            builder.Services.AddHostedService<ReminderService>();
        }

        return builder;
    }
}
