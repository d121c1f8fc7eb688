import { Injectable } from '@nestjs/common';
import { Prisma } from '@psp/db';
import {
  LetterStatus,
  type CreateLetterInput,
  type DiscardLetterInput,
  type FieldError,
  type PublishLetterInput,
  type ResponseLetter,
  type UpdateLetterInput,
} from '@psp/contracts';
import { canSeeLetter, canSeeResponse, type RoleName } from '@psp/domain';
import { AuditRepository } from '../common/audit.repository';
import { badRequest, conflict, notFound, staleVersion } from '../common/problem';
import { PrismaService } from '../common/prisma.service';
import { requirePanelPermission, rolesOn, type Caller } from '../auth/principal';
import { PanelsService } from '../panels/panels.service';
import { RecommendationsService } from '../recommendations/recommendations.service';
import { ResponsesService } from '../responses/responses.service';
import { mapLetter } from './letters.mapper';
import { LettersRepository, type LetterRow } from './letters.repository';

/**
 * Response letters. A letter is what sends responses to the panel, so publishing it publishes
 * the responses in it: every one must be APPROVED (it is published with the letter, at the same
 * moment) or already PUBLISHED; a response still in DRAFT or IN_REVIEW stops the letter (409).
 */
@Injectable()
export class LettersService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly letters: LettersRepository,
    private readonly responses: ResponsesService,
    private readonly recommendations: RecommendationsService,
    private readonly panels: PanelsService,
    private readonly audit: AuditRepository,
  ) {}

  /** Published letters; the OPCC also sees its drafts. */
  async list(slug: string, caller: Caller): Promise<ResponseLetter[]> {
    const panel = await this.panels.panelBySlug(slug);
    const roles = rolesOn(caller, panel.id);
    const rows = await this.letters.list(
      panel.id,
      LetterStatus.options.filter((status) => canSeeLetter(status, roles)),
    );
    return this.present(rows, roles);
  }

  async detail(id: string, caller: Caller): Promise<ResponseLetter> {
    const { letter, roles } = await this.visible(id, caller);
    return this.presentOne(letter, roles);
  }

  async create(slug: string, input: CreateLetterInput, caller: Caller): Promise<ResponseLetter> {
    const panel = await this.panels.panelBySlug(slug);
    const approver = requirePanelPermission(caller, panel.id, 'letter:write');
    const roles = rolesOn(caller, panel.id);
    const responseIds = [...new Set(input.responseIds)];
    const found = new Map((await this.letters.responsesForLetter(responseIds)).map((r) => [r.id, r]));
    const errors: FieldError[] = [];
    input.responseIds.forEach((id, index) => {
      const response = found.get(id);
      if (!response || response.recommendation.panelId !== panel.id || !canSeeResponse(response.status, roles)) {
        errors.push({ path: `responseIds.${index}`, message: 'No such response in this panel' });
      } else if (response.letterId) {
        errors.push({ path: `responseIds.${index}`, message: 'This response is already in a letter' });
      }
    });
    if (errors.length) throw badRequest('The request body has invalid fields.', errors);

    try {
      const letter = await this.prisma.$transaction(async (tx) => {
        const created = await this.letters.create(tx, {
          panelId: panel.id,
          reference: input.reference,
          date: new Date(input.date),
          addressee: input.addressee,
          salutation: input.salutation || null,
          subject: input.subject,
          opening: input.opening || null,
          closing: input.closing || null,
          signatory: input.signatory,
          signatoryRole: input.signatoryRole || null,
          createdById: approver.userId,
        });
        const attached = await this.letters.attachResponses(tx, created.id, responseIds);
        if (attached !== responseIds.length) throw conflict('Another letter took some of these responses at the same moment; reload and try again.');
        await this.audit.record(tx, {
          actorId: approver.userId,
          panelId: panel.id,
          action: 'responseLetter.created',
          entityType: 'ResponseLetter',
          entityId: created.id,
          after: { ...created, responseIds },
        });
        return created;
      });
      return this.presentOne(letter, roles);
    } catch (error) {
      if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002') {
        throw conflict(`This panel already has a letter with reference ${input.reference}.`, 'duplicate-reference');
      }
      throw error;
    }
  }

  /** Corrects a draft letter: its wording, and which responses it carries. */
  async update(id: string, input: UpdateLetterInput, caller: Caller): Promise<ResponseLetter> {
    const { letter, roles } = await this.visible(id, caller);
    const approver = requirePanelPermission(caller, letter.panelId, 'letter:write');
    if (letter.status !== 'DRAFT') throw conflict('A published letter cannot be changed.', 'letter-published');
    const responseIds = input.responseIds ? [...new Set(input.responseIds)] : undefined;
    if (input.responseIds) {
      const found = new Map((await this.letters.responsesForLetter(input.responseIds)).map((r) => [r.id, r]));
      const errors: FieldError[] = [];
      input.responseIds.forEach((responseId, index) => {
        const response = found.get(responseId);
        if (!response || response.recommendation.panelId !== letter.panelId || !canSeeResponse(response.status, roles)) {
          errors.push({ path: `responseIds.${index}`, message: 'No such response in this panel' });
        } else if (response.letterId && response.letterId !== id) {
          errors.push({ path: `responseIds.${index}`, message: 'This response is already in another letter' });
        }
      });
      if (errors.length) throw badRequest('The request body has invalid fields.', errors);
    }
    const data = {
      ...(input.reference !== undefined ? { reference: input.reference } : {}),
      ...(input.date !== undefined ? { date: new Date(input.date) } : {}),
      ...(input.addressee !== undefined ? { addressee: input.addressee } : {}),
      ...(input.salutation !== undefined ? { salutation: input.salutation || null } : {}),
      ...(input.subject !== undefined ? { subject: input.subject } : {}),
      ...(input.opening !== undefined ? { opening: input.opening || null } : {}),
      ...(input.closing !== undefined ? { closing: input.closing || null } : {}),
      ...(input.signatory !== undefined ? { signatory: input.signatory } : {}),
      ...(input.signatoryRole !== undefined ? { signatoryRole: input.signatoryRole || null } : {}),
    };
    try {
      await this.prisma.$transaction(async (tx) => {
        if ((await this.letters.update(tx, id, input.version, data)) === 0) throw staleVersion();
        if (responseIds) {
          const kept = (await this.letters.responsesOf([id])).map((r) => r.id).filter((responseId) => responseIds.includes(responseId));
          await this.letters.detachResponses(tx, id, kept);
          const added = responseIds.filter((responseId) => !kept.includes(responseId));
          if ((await this.letters.attachResponses(tx, id, added)) !== added.length) {
            throw conflict('Another letter took some of these responses at the same moment; reload and try again.');
          }
        }
        await this.audit.record(tx, {
          actorId: approver.userId,
          panelId: letter.panelId,
          action: 'responseLetter.updated',
          entityType: 'ResponseLetter',
          entityId: id,
          before: { ...letter },
          after: { ...data, ...(responseIds ? { responseIds } : {}), version: input.version + 1 },
        });
      });
    } catch (error) {
      if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002') {
        throw conflict(`This panel already has a letter with reference ${input.reference ?? letter.reference}.`, 'duplicate-reference');
      }
      throw error;
    }
    const updated = await this.letters.findById(id);
    if (!updated) throw notFound('Letter');
    return this.presentOne(updated, roles);
  }

  /** Discards a draft letter (it was never public); its responses go back to waiting for a letter. The audit keeps it. */
  async discard(id: string, input: DiscardLetterInput, caller: Caller): Promise<void> {
    const { letter } = await this.visible(id, caller);
    const approver = requirePanelPermission(caller, letter.panelId, 'letter:write');
    if (letter.status !== 'DRAFT') throw conflict('A published letter cannot be deleted.', 'letter-published');
    const responseIds = (await this.letters.responsesOf([id])).map((r) => r.id);
    await this.prisma.$transaction(async (tx) => {
      if (letter.version !== input.version) throw staleVersion();
      await this.letters.detachResponses(tx, id);
      if ((await this.letters.discard(tx, id, input.version)) === 0) throw staleVersion();
      await this.audit.record(tx, {
        actorId: approver.userId,
        panelId: letter.panelId,
        action: 'responseLetter.discarded',
        entityType: 'ResponseLetter',
        entityId: id,
        before: { ...letter, responseIds },
        after: null,
      });
    });
  }

  async publish(id: string, input: PublishLetterInput, caller: Caller): Promise<ResponseLetter> {
    const { letter, roles } = await this.visible(id, caller);
    const approver = requirePanelPermission(caller, letter.panelId, 'letter:write');
    requirePanelPermission(caller, letter.panelId, 'response:publish');
    if (letter.status === 'PUBLISHED') throw conflict('This letter is already published.', 'illegal-transition');
    const responses = await this.letters.responsesOf([letter.id]);
    const unready = responses.filter((r) => r.status === 'DRAFT' || r.status === 'IN_REVIEW');
    if (unready.length) {
      const views = await this.recommendations.views({ ids: unready.map((r) => r.recommendationId) }, roles);
      const numbers = views
        .map((v) => v.number)
        .sort((a, b) => a - b)
        .join(', ');
      throw conflict(
        `Every response in the letter must be approved before it is published; not yet approved: the responses to recommendation ${numbers}.`,
        'responses-not-approved',
      );
    }
    const approved = responses.filter((r) => r.status === 'APPROVED');
    await this.prisma.$transaction(async (tx) => {
      const publishedAt = new Date();
      if ((await this.letters.publish(tx, id, input.version, publishedAt)) === 0) throw staleVersion();
      const moved = await this.letters.publishApprovedResponses(
        tx,
        id,
        approved.map((r) => r.id),
        publishedAt,
      );
      if (moved !== approved.length) throw staleVersion();
      await this.audit.record(tx, {
        actorId: approver.userId,
        panelId: letter.panelId,
        action: 'responseLetter.published',
        entityType: 'ResponseLetter',
        entityId: id,
        before: { status: 'DRAFT', version: letter.version },
        after: { status: 'PUBLISHED', publishedAt: publishedAt.toISOString(), responseIds: responses.map((r) => r.id) },
      });
      for (const response of approved) {
        await this.audit.record(tx, {
          actorId: approver.userId,
          panelId: letter.panelId,
          action: 'response.published',
          entityType: 'Response',
          entityId: response.id,
          before: { status: 'APPROVED', version: response.version },
          after: {
            id: response.id,
            recommendationId: response.recommendationId,
            outcome: response.outcome,
            status: 'PUBLISHED',
            letterId: id,
            publishedAt: publishedAt.toISOString(),
          },
        });
      }
    });
    return this.presentOne((await this.letters.findById(id)) as LetterRow, roles);
  }

  /** The letter if the caller may see it (drafts are the OPCC's); otherwise 404. */
  private async visible(id: string, caller: Caller): Promise<{ letter: LetterRow; roles: RoleName[] }> {
    const letter = await this.letters.findById(id);
    const roles = letter ? rolesOn(caller, letter.panelId) : [];
    if (!letter || !canSeeLetter(letter.status, roles)) throw notFound('Letter');
    return { letter, roles };
  }

  private async presentOne(letter: LetterRow, roles: readonly RoleName[]): Promise<ResponseLetter> {
    const [presented] = await this.present([letter], roles);
    return presented as ResponseLetter;
  }

  /** Letters with their items (recommendation and response) in recommendation order. */
  private async present(letters: LetterRow[], roles: readonly RoleName[]): Promise<ResponseLetter[]> {
    const rows = (await this.letters.responsesOf(letters.map((l) => l.id))).filter((r) => canSeeResponse(r.status, roles));
    const [responses, recommendations] = await Promise.all([
      this.responses.present(rows, roles),
      this.recommendations.views({ ids: [...new Set(rows.map((r) => r.recommendationId))] }, roles),
    ]);
    const recommendationById = new Map(recommendations.map((r) => [r.id, r]));
    return letters.map((letter) => {
      const items = responses
        .filter((response) => response.letterId === letter.id)
        .flatMap((response) => {
          const recommendation = recommendationById.get(response.recommendationId);
          return recommendation ? [{ recommendation, response }] : [];
        })
        .sort((a, b) => a.recommendation.number - b.recommendation.number);
      return mapLetter(letter, items);
    });
  }
}
