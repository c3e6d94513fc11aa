namespace Concordia.Web.Features.Notifications;

public static class NotificationsSetup
{
    /// <summary>E-mail (SMTP or a pickup folder) and its dispatcher, the deadline reminders and their background service.</summary>
    public static WebApplicationBuilder AddConcordiaNotifications(this WebApplicationBuilder builder)
    {
        var email = builder.Configuration.GetSection(EmailOptions.Section).Get<EmailOptions>() ?? new EmailOptions();
        var reminders = builder.Configuration.GetSection(ReminderOptions.Section).Get<ReminderOptions>() ?? new ReminderOptions();
        builder.Services.AddSingleton(email);
        builder.Services.AddSingleton(reminders);
        builder.Services.AddSingleton<EmailSender>();
        builder.Services.AddSingleton<MailDispatcher>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<MailDispatcher>());
        if (reminders.Enabled)
        {
            builder.Services.AddHostedService<ReminderService>();
        }

        return builder;
    }
}
