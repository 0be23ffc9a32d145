from django.apps import AppConfig


class NotificationsConfig(AppConfig):
    name = "notifications"
    label = "notifications"
    verbose_name = "Notificaciones"

    def ready(self):
        from accounts.consent import policy_consent_withdrawn

        from . import notify, workflow_emails

        # A member who withdraws consent to the processing of their data gets no more e-mails.
        policy_consent_withdrawn.connect(
            notify.stop_emails_on_withdrawal, dispatch_uid="notifications_stop_emails"
        )
        workflow_emails.take_over()
        from . import personal_data

        personal_data.register_holding()  # its share of "Mis datos" and account deletion
