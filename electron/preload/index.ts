import { contextBridge, ipcRenderer } from 'electron';
import { channelFor } from '../../shared/api/method-names';
import { createApiClient } from './api-client';

contextBridge.exposeInMainWorld(
  'api',
  createApiClient((method, input) => ipcRenderer.invoke(channelFor(method), input)),
);
