import { Inject, Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import type { WebSocketServer } from 'ws';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/app-config';
import { clientAddress, trustFunction } from './client-address';
import { addressKey } from '../common/rate-limit/address-key';
import { OpenSockets } from './open-sockets';

/**
 * The WebSocket server the GraphQL module made for subscriptions. @nestjs/graphql keeps it private
 * and creates it with ws's 100 MiB message limit, so it is reached through the driver here; a
 * change of that shape fails the start rather than leaving the door open.
 */
function subscriptionServer(graphql: GraphQLModule): WebSocketServer {
  const adapter = graphql.graphQlAdapter as unknown as {
    _subscriptionService?: { wss?: WebSocketServer };
  };
  const wss = adapter._subscriptionService?.wss;
  if (!wss) throw new Error('The GraphQL WebSocket server was not found; cannot apply its limits');
  return wss;
}

/** Caps message size and connections per client address (an IPv6 /64 as one) on the subscription socket. */
@Injectable()
export class WsLimits implements OnApplicationBootstrap {
  private readonly open = new OpenSockets();

  constructor(
    private readonly moduleRef: ModuleRef,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    const wss = subscriptionServer(this.moduleRef.get(GraphQLModule, { strict: false }));
    const { maxPayloadBytes, maxConnectionsPerIp } = this.config.security.ws;
    wss.options.maxPayload = maxPayloadBytes;
    const trust = trustFunction(this.config.security.trustProxy);
    wss.on('connection', (socket, request) => {
      this.open.admit(
        addressKey(clientAddress(request, trust)),
        socket,
        maxConnectionsPerIp,
        `Too many connections from one address (limit ${maxConnectionsPerIp})`,
      );
    });
  }
}
