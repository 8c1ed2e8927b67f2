package com.example.shop.controller;

import com.example.shop.api.v1.Shop;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.javaoperatorsdk.operator.processing.dependent.kubernetes.KubernetesDependentResource;

/** The shop's settings: a ConfigMap its owners write, which the operator only reads. */
public class SettingsDependent extends KubernetesDependentResource<ConfigMap, Shop> {
}
