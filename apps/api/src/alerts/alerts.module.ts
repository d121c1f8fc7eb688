import { Module } from '@nestjs/common';
import { PanelsModule } from '../panels/panels.module';
import { AlertsRepository } from './alerts.repository';
import { AlertsWorker } from './alerts.worker';
import { Mailer } from './mailer';
import { SubscriptionsController } from './subscriptions.controller';
import { SubscriptionsService } from './subscriptions.service';

@Module({
  imports: [PanelsModule],
  controllers: [SubscriptionsController],
  providers: [AlertsRepository, AlertsWorker, Mailer, SubscriptionsService],
})
export class AlertsModule {}
