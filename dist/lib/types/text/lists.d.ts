/** Appends `value` to the list kept under `key`, starting the list on its first value. */
export declare function addTo<K, V>(lists: Map<K, V[]>, key: K, value: V): void;
