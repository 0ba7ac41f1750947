import { Field, ID, InputType, ObjectType } from '@nestjs/graphql';
import { IsEnum, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { ArgumentEntity } from '../../../arguments/argument.entity';
import { Fallacy, ReportReason } from '../../moderation-enums';
import { Report } from '../../reports/report.entity';

@InputType()
export class ReportInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'argumentId must be an ID' })
  argumentId: string;

  @Field(() => ReportReason)
  @IsEnum(ReportReason)
  reason: ReportReason;

  @Field(() => Fallacy, { nullable: true, description: 'Required when reason is FALLACY' })
  @IsOptional()
  @IsEnum(Fallacy)
  fallacy?: Fallacy;

  @Field(() => ID, { nullable: true, description: 'The original, when reason is DUPLICATE' })
  @IsOptional()
  @IsUUID('all', { message: 'duplicateOfId must be an ID' })
  duplicateOfId?: string;

  @Field({ nullable: true, description: 'Required when reason is OTHER' })
  @IsOptional()
  @IsString()
  @MaxLength(1000, { message: 'note must be at most 1000 characters' })
  note?: string;
}

@ObjectType()
export class ReportPayload {
  @Field(() => Report)
  report: Report;

  @Field(() => ArgumentEntity)
  argument: ArgumentEntity;
}
